//! A random token for a store (see [`crate::domain::Workspace::store_token`]).
//!
//! No new dependency: the standard library's `RandomState` is seeded from the operating system's
//! randomness once per thread (and moved on for each new one), so hashing the time, the process
//! ID and a counter under two fresh `RandomState`s gives 128 bits no other store will share.
//! The token only keeps calendar UIDs apart; it guards no secret.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// A new token: 26 characters of lower-case base 32 (128 bits).
pub fn new_store_token() -> String {
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
    let bits = (u128::from(half(1)) << 64) | u128::from(half(2));
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    (0..26)
        .map(|i| char::from(ALPHABET[((bits >> (i * 5)) & 31) as usize]))
        .collect()
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
}
