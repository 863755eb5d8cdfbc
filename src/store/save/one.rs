//! Opening a store for a change to one mentee: only that mentee is parsed (see
//! [`crate::store::scoped`]), the others stay the text they are, and a save writes that text back
//! with the mentee's new text put in ([`raw::One`]).

use super::super::error::{LoadError, OpenError};
use super::super::format::{self, CURRENT_VERSION, raw};
use super::super::fs::{Fs, RealFs};
use super::{OpenOptions, Store};
use crate::domain::Workspace;
use std::path::Path;
use std::sync::Arc;

impl Store {
    /// Opens the store at `path` for a change to the one mentee `query` picks (by the rule of
    /// [`Workspace::resolve_mentee`], applied to every mentee's ID and name). When the file
    /// allows it (see [`crate::store::scoped::for_edit`]) the workspace returned holds the header
    /// and that mentee only, and the flag is true: a save then writes a workspace that holds
    /// exactly that mentee, and the file's other mentees as they are. Otherwise, and whenever
    /// unsure, the store is opened as [`Store::open`] does (the flag is false).
    pub fn open_one(
        path: &Path,
        options: &OpenOptions,
        query: &str,
    ) -> Result<(Store, Workspace, bool), OpenError> {
        Store::open_one_with(path, options, Arc::new(RealFs), query)
    }

    /// [`Store::open_one`] through `fs`.
    pub fn open_one_with(
        path: &Path,
        options: &OpenOptions,
        fs: Arc<dyn Fs>,
        query: &str,
    ) -> Result<(Store, Workspace, bool), OpenError> {
        Store::open_for(path, options, fs, Some(query))
    }

    /// The bytes read, adopted for the mentee `query` picks when they allow, else as a whole.
    pub(super) fn adopt_one(
        &mut self,
        bytes: Vec<u8>,
        query: &str,
    ) -> Result<(Workspace, bool), LoadError> {
        let Some((mut ws, span)) = crate::store::scoped::for_edit(&bytes, &self.paths.data, query)
        else {
            return Ok((self.adopt(bytes)?, false));
        };
        let Some(mentee) = ws.mentees.first().cloned() else {
            return Ok((self.adopt(bytes)?, false));
        };
        let hash = format::content_hash(&bytes);
        let one = match raw::One::new(bytes, mentee, span) {
            Ok(one) => one,
            Err(bytes) => return Ok((self.adopt(bytes)?, false)),
        };
        self.disk_hash = Some(hash);
        self.unknown = None;
        self.version = CURRENT_VERSION;
        self.pre_migration_backup = false;
        self.base = None;
        self.base_on_disk = true;
        self.scoped = true;
        self.one = Some(one);
        super::super::token::draw_replica(&mut ws);
        Ok((ws, true))
    }

    /// The whole workspace of a store opened for one mentee, parsed from the file's text it
    /// holds (the file as read, or as this store last wrote it); the store then edits the whole
    /// workspace. An error when that text is gone (the file changed on disk).
    pub fn widen(&mut self) -> Result<Workspace, LoadError> {
        match self.one.take() {
            Some(one) if self.scoped => {
                let on_disk = self.base_on_disk;
                let ws = self.adopt(one.into_bytes())?;
                self.base_on_disk = on_disk;
                Ok(ws)
            }
            _ => self.reload(),
        }
    }
}
