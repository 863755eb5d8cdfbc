//! The bytes a save writes: unchanged mentees as the text they had ([`raw`]), a scoped store's
//! other mentees as they are ([`raw::One`]), a file with unknown keys with those keys put back.

use super::super::format;
use super::super::format::raw::{self, Written};
use super::Store;
use crate::domain::Workspace;
use std::io;

impl Store {
    /// [`Store::bytes_for`], built in the base's own buffer where it can be
    /// ([`raw::serialize_reusing`]); the base then describes the new bytes (whether or not they
    /// reach the disk), which [`Store::saved`] makes the base again.
    pub(super) fn bytes_reusing(&mut self, ws: &Workspace) -> Written {
        if let Some(one) = self.one.take() {
            match one.serialize_in_place(ws, self.version) {
                Ok(written) => return written,
                // `save` checked that it fits: not reached.
                Err(one) => self.one = Some(one),
            }
        }
        match &self.unknown {
            None => raw::serialize_reusing(ws, self.base.take(), self.version),
            Some(_) => Written {
                bytes: format::serialize(ws, self.unknown.as_ref(), self.version),
                spans: Vec::new(),
            },
        }
    }

    /// `ws` as the file's bytes, each mentee unchanged since the file was read or written taken
    /// as its text there.
    /// A scoped store writes its other mentees' text, for a workspace that holds its mentee (else
    /// an error, [`io::ErrorKind::InvalidInput`]).
    pub(super) fn bytes_for(&self, ws: &Workspace) -> io::Result<Written> {
        if self.scoped {
            let bytes = self
                .one
                .as_ref()
                .and_then(|one| one.serialize(ws, self.version));
            return bytes
                .map(|bytes| Written {
                    bytes,
                    spans: Vec::new(),
                })
                .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput));
        }
        Ok(match &self.unknown {
            None => raw::serialize(ws, self.base.as_ref(), self.version),
            Some(_) => Written {
                bytes: format::serialize(ws, self.unknown.as_ref(), self.version),
                spans: Vec::new(),
            },
        })
    }
}
