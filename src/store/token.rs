//! A random token for a store (see [`crate::domain::Workspace::store_token`]), and the replica
//! tag a process draws when it opens a replicated store to change it
//! ([`crate::domain::Workspace::replica`]).
//!
//! No new dependency: the standard library's `RandomState` is seeded from the operating system's
//! randomness once per thread (and moved on for each new one), so hashing the time, the process
//! ID and a counter under two fresh `RandomState`s gives 128 bits no other store will share.
//! The token only keeps calendar UIDs apart; it guards no secret.

use crate::domain::Workspace;
use crate::domain::workspace::ReplicaTag;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// The letters of lower-case base 32.
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// The length of a replica tag: 25 bits, so two machines of one practice draw the same tag about
/// once in 33 million, and a tag already in the store is drawn again.
pub const REPLICA_TAG_LEN: usize = 5;

/// A new token: 26 characters of lower-case base 32 (128 bits).
pub fn new_store_token() -> String {
    base32(random_bits(), 26)
}

/// A new reply key for a mentee ([`crate::domain::reply::SharedBundle::key`]): 26 characters of
/// lower-case base 32.
pub fn new_reply_key() -> String {
    base32(random_bits(), 26)
}

/// A new ID for an entry of a mentee's reply: `r` and ten characters of lower-case base 32.
pub fn new_entry_id() -> String {
    format!("r{}", base32(random_bits(), 10))
}

/// A new replica tag: [`REPLICA_TAG_LEN`] characters of lower-case base 32.
pub fn new_replica_tag() -> String {
    base32(random_bits(), REPLICA_TAG_LEN)
}

/// Gives `ws` the replica tag its new IDs carry, when it is a replicated store: a fresh tag that
/// no ID in it carries yet (one that does is drawn again). An unreplicated store gets none (its
/// new IDs stay plain). Called wherever a store is opened to be changed: a command's open, the
/// app's start and its reload after an outside change (all through the store's open and
/// reload), so each process, and each reload, writes with its own tag.
pub fn draw_replica(ws: &mut Workspace) {
    draw_replica_from(ws, std::iter::repeat_with(new_replica_tag));
}

/// [`draw_replica`] with the tags drawn from `draws`.
fn draw_replica_from(ws: &mut Workspace, mut draws: impl Iterator<Item = String>) {
    let tag = if ws.replicated {
        let used = ws.tags_in_use();
        draws.find(|tag| !used.contains(tag.as_str()))
    } else {
        None
    };
    ws.replica = ReplicaTag(tag);
}

/// `count` (at most 25) characters of lower-case base 32 from `bits`.
fn base32(bits: u128, count: usize) -> String {
    (0..count)
        .map(|i| char::from(ALPHABET[((bits >> (i * 5)) & 31) as usize]))
        .collect()
}

/// 128 random bits.
fn random_bits() -> u128 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let half = |salt: u64| {
        let mut h = RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.write_u64(count);
        h.write_u64(salt);
        h.finish()
    };
    (u128::from(half(1)) << 64) | u128::from(half(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_valid_and_differ() {
        let tokens: std::collections::HashSet<String> =
            (0..1000).map(|_| new_store_token()).collect();
        assert_eq!(tokens.len(), 1000);
        for t in &tokens {
            assert_eq!(t.len(), 26);
            assert!(crate::domain::workspace::valid_store_token(t), "{t}");
        }
    }

    #[test]
    fn replica_tags_are_five_valid_characters_and_differ() {
        let tags: std::collections::HashSet<String> =
            (0..1000).map(|_| new_replica_tag()).collect();
        assert!(tags.len() > 990, "{}", tags.len());
        for t in &tags {
            assert_eq!(t.len(), REPLICA_TAG_LEN);
            assert!(crate::domain::ids::valid_tag(t), "{t}");
        }
    }

    #[test]
    fn a_replicated_store_draws_a_tag_no_id_carries_and_a_plain_one_none() {
        use crate::domain::{GoalId, Mentee, MenteeId};
        let mut ws = Workspace {
            replicated: true,
            next_id: 3,
            ..Workspace::default()
        };
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("day");
        let mut m = Mentee::new(MenteeId::from_number(1), "Al", day);
        m.goals.push(crate::domain::Goal::new(
            GoalId::from_parts(2, Some("k7qxm")),
            "Write",
            day,
        ));
        ws.push_mentee(m);
        let draws = ["k7qxm", "p2a4d", "zzzzz"].map(String::from);
        draw_replica_from(&mut ws, draws.clone().into_iter());
        assert_eq!(ws.replica.0.as_deref(), Some("p2a4d"), "k7qxm is in use");
        assert_eq!(ws.new_id::<GoalId>().expect("id").as_str(), "g3.p2a4d");

        draw_replica(&mut ws);
        let tag = ws.replica.0.clone().expect("a tag");
        assert!(
            crate::domain::ids::valid_tag(&tag) && tag.len() == 5,
            "{tag}"
        );

        ws.replicated = false;
        draw_replica_from(&mut ws, draws.into_iter());
        assert_eq!(ws.replica.0, None);
        assert_eq!(ws.new_id::<GoalId>().expect("id").as_str(), "g4");
    }
}
