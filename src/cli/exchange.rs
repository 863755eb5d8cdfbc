//! Bundles and replies through a git repository the mentor and a mentee share
//! ([`crate::sync::exchange`]): `mentor share NAME --to DIR`, `mentor reply BUNDLE send`,
//! `mentor inbox --from DIR`.

use super::context::{CliError, Context};
use super::output::{print, print_json};
use crate::domain::text;
use crate::store::bundle;
use crate::store::reply as file;
use crate::sync::exchange::{self, Published};
use crate::t;
use std::path::{Path, PathBuf};

fn shown(path: &Path) -> String {
    text::line(&path.display().to_string()).into_owned()
}

/// The top of the git work tree `dir` is in, or the refusal that says it is not in one.
fn work_tree(dir: &Path) -> Result<PathBuf, CliError> {
    exchange::work_tree(dir)
        .ok_or_else(|| CliError::Input(t!("reply-git-not-a-repo", dir = shown(dir))))
}

/// What publishing did, in words.
fn published(p: Published, path: &Path) -> String {
    let path = shown(path);
    match (p.committed, p.pushed) {
        (true, true) => t!("reply-git-committed-pushed", path = path),
        (true, false) => t!("reply-git-committed", path = path),
        (false, true) => t!("reply-git-unchanged-pushed", path = path),
        (false, false) => t!("reply-git-unchanged", path = path),
    }
}

/// `mentor share NAME --to DIR`: the bundle written into the shared work tree (replacing the one
/// there: the repository keeps the history) and committed, pushed when there is a remote. The
/// repository must not be the one the store is in.
pub fn share_to_git(ctx: &Context, mentee: &str, dir: &Path) -> Result<(), CliError> {
    let top = work_tree(dir)?;
    let store_dir = ctx
        .store
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let store_top = exchange::work_tree(store_dir);
    let store_abs = store_dir
        .canonicalize()
        .unwrap_or_else(|_| store_dir.to_path_buf());
    if store_top.as_ref() == Some(&top) || store_abs.starts_with(&top) {
        return Err(CliError::Input(t!(
            "reply-git-holds-store",
            dir = shown(&top)
        )));
    }
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(mentee)?;
    let path = dir.join(bundle::file_name_for(&ws.mentees[i].name));
    let (path, b) = super::share::share_to(ctx, mentee, Some(path), true)?;
    let message = t!("reply-git-share-message", name = b.mentee.name.as_str());
    let p = exchange::publish(&top, &path, &message)?;
    print(&format!(
        "{}\n{}\n",
        super::share::shared_text(&b, &path),
        published(p, &path)
    ))
}

/// `mentor reply BUNDLE send`: the reply file beside the bundle committed and pushed.
pub fn send(bundle: &Path, reply: &Path) -> Result<(), CliError> {
    let dir = bundle
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let top = work_tree(dir)?;
    if !reply.exists() {
        return Err(CliError::Input(t!(
            "reply-git-nothing",
            path = shown(reply)
        )));
    }
    let b = super::reply::read_bundle(bundle)?;
    let message = t!("reply-git-reply-message", name = b.mentee.name.as_str());
    let p = exchange::publish(&top, reply, &message)?;
    print(&format!("{}\n", published(p, reply)))
}

/// `mentor inbox --from DIR`: pulls the shared work tree, then takes in every reply file in DIR.
/// A reply refused is said on stderr and the others still come in; the command then fails.
pub fn inbox_from(ctx: &Context, dir: &Path, json: bool) -> Result<(), CliError> {
    let top = work_tree(dir)?;
    let pulled = exchange::pull(&top)?;
    let mut replies: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(CliError::io(t!("reply-git-read-dir", dir = shown(dir))))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".reply.json") && p.is_file())
        .collect();
    replies.sort();
    let mut out = Vec::new();
    let mut texts = vec![if pulled {
        t!("reply-git-pulled", dir = shown(&top))
    } else {
        t!("reply-git-not-pulled", dir = shown(&top))
    }];
    let mut refused = 0;
    for path in &replies {
        let taken = file::read(path)
            .map_err(|e| CliError::Input(e.to_string()))
            .and_then(|r| super::inbox::take_in(ctx, path, &r, None, false).map(|t| (r, t)));
        match taken {
            Ok((r, (ws, mentee, counts))) => {
                let m = ws.mentee_by_id(mentee.as_str())?;
                let rows = super::inbox::rows(&ws, m, &r, ctx.today());
                out.push(super::inbox::json_of(&ws, m, counts, &rows));
                texts.push(super::inbox::text_of(
                    &ws.mentees[m].name,
                    path,
                    counts,
                    &rows,
                ));
            }
            Err(e) => {
                refused += 1;
                eprintln!("mentor: {}", text::block(&e.to_string()));
            }
        }
    }
    if json {
        print_json(&out)?;
    } else {
        if replies.is_empty() {
            texts.push(t!("reply-git-no-replies", dir = shown(dir)));
        }
        print(&(texts.join("\n") + "\n"))?;
    }
    if refused > 0 {
        return Err(CliError::Input(t!(
            "reply-git-some-refused",
            count = refused
        )));
    }
    Ok(())
}
