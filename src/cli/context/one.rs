//! A command's change to one mentee, made without parsing the others
//! ([`crate::store::Store::open_one`]).

use super::{CliError, Context};
use crate::cli::keep::keep_until_exit;
use crate::domain::Workspace;
use crate::domain::ops::{Applied, Changed, Op};
use crate::store::Store;

impl Context {
    /// [`Context::apply`] for an operation on the mentee `query` picks (the operation is built
    /// from a workspace in which `query` picks it). When the store allows, the workspace holds
    /// the header and that mentee only; the operation is applied there when it changes nothing
    /// but that mentee and the ID counter ([`Op::one_mentee`]), and the result validated, so what
    /// is saved is what the whole workspace would save. Whenever anything is not so (the
    /// operation looks further, it fails, it warns) the whole workspace is parsed from the text
    /// already read, and the operation built and applied on it as [`Context::apply`] does: its
    /// errors and warnings are the whole workspace's.
    pub fn apply_to(
        &self,
        query: &str,
        op: impl Fn(&Workspace) -> Result<Op, CliError>,
    ) -> Result<(Applied, Workspace), CliError> {
        let (mut store, ws, scoped) =
            self.open_waiting_with(|options| Store::open_one(&self.store, options, query))?;
        let mut ws = self.with_fallback(ws);
        if scoped {
            if let Some(applied) = self.apply_one(&mut ws, &op) {
                keep_until_exit(&ws);
                store.save(&ws)?;
                return Ok((applied, ws));
            }
            ws = self.with_fallback(store.widen()?);
        }
        keep_until_exit(&ws);
        let applied = op(&ws)?.apply(&mut ws, &self.ops())?;
        store.save(&ws)?;
        Ok((applied, ws))
    }

    /// `op` applied to `ws`, a workspace of one mentee, when it is an operation on that mentee
    /// alone that succeeds, warns of nothing and leaves `ws` valid; else `None` and `ws` as it
    /// was.
    fn apply_one(
        &self,
        ws: &mut Workspace,
        op: &impl Fn(&Workspace) -> Result<Op, CliError>,
    ) -> Option<Applied> {
        let op = op(ws).ok()?;
        if op.one_mentee() != Some(&ws.mentees.first()?.id) {
            return None;
        }
        let mut draft = ws.clone();
        let applied = op.apply(&mut draft, &self.ops()).ok()?;
        let alone = applied.changed == Changed::Mentee(0)
            && applied.warnings.is_empty()
            && applied.mentees.is_empty()
            && draft.mentees.len() == 1
            && draft.validate().is_ok();
        alone.then(|| {
            *ws = draft;
            applied
        })
    }
}
