//! Promise 15: the loader never panics or hangs on hostile input.
//!
//! A file over `MAX_FILE_BYTES` is refused by its size, reading no more than the cap (a sparse
//! file far larger than memory shows that it is not read whole). Property tests feed the parser
//! arbitrary bytes, token soup built from the format's own words, and mutations of a valid file
//! (bit flips, overwritten, inserted, deleted and duplicated bytes, truncation): it returns `Ok`
//! or `Err`, never panics, and whatever it accepts can be saved and read back equal. Deep
//! nesting and enormous numbers are refused or read in bounded time.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use mentor::store::{
    Fs, LoadError, MAX_FILE_BYTES, OpenError, OpenOptions, RealFs, Store, format, load,
};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::{collection::vec, sample::select};
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex};

// ---------------------------------------------------------------------------------------------
// The size cap
// ---------------------------------------------------------------------------------------------

/// The real file system, checking how much any read may take and noting how much it took.
#[derive(Debug, Default)]
struct ReadSpy {
    /// (limit asked, bytes returned) of every read.
    reads: Mutex<Vec<(u64, usize)>>,
}

impl Fs for ReadSpy {
    fn read(&self, path: &Path, limit: u64) -> io::Result<Option<Vec<u8>>> {
        // Fail cleanly instead of trying to read a file larger than memory.
        assert!(
            limit <= MAX_FILE_BYTES + 1,
            "the store asked to read {limit} bytes of {}",
            path.display()
        );
        let bytes = RealFs.read(path, limit)?;
        let len = bytes.as_ref().map_or(0, Vec::len);
        self.reads.lock().expect("spy").push((limit, len));
        Ok(bytes)
    }
}

fn assert_too_large(err: &LoadError, path: &Path, size: u64) {
    match err {
        LoadError::TooLarge {
            path: p,
            size: s,
            cap,
        } => {
            assert_eq!(p, path);
            assert_eq!(*s, size);
            assert_eq!(*cap, MAX_FILE_BYTES);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.starts_with(&path.display().to_string())
            && message.contains(&size.to_string())
            && message.contains("refusing to read it"),
        "{message}"
    );
}

#[test]
fn a_file_over_the_cap_is_refused_without_reading_it_whole() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    // A sparse file of 64 GiB: reading it whole would take minutes and more memory than a test
    // machine has.
    let huge = 64 << 30;
    let file = File::create(&path).expect("create");
    file.set_len(huge).expect("a sparse file");
    drop(file);

    let spy = Arc::new(ReadSpy::default());
    let err = match Store::open_with(&path, &OpenOptions::default(), spy.clone()) {
        Err(OpenError::Load(e)) => e,
        Err(e) => panic!("{e:?}"),
        Ok(_) => panic!("a 64 GiB file was opened"),
    };
    assert_too_large(&err, &path, huge);
    let reads = spy.reads.lock().expect("spy").clone();
    // Refused by its size before any byte is read (at most one capped read, never more).
    assert!(reads.len() <= 1, "{reads:?}");
    assert!(
        reads.iter().all(|r| r.1 as u64 <= MAX_FILE_BYTES + 1),
        "{reads:?}"
    );

    // The reader without a lock refuses it the same way, and nothing was changed.
    assert_too_large(&load(&path).expect_err("too large"), &path, huge);
    assert_eq!(std::fs::metadata(&path).expect("meta").len(), huge);
    assert_eq!(common::names(&dir), ["mentor.json", "mentor.json.lock"]);
}

#[test]
fn a_file_one_byte_over_the_cap_is_refused() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    let file = File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("a sparse file");
    drop(file);
    assert_too_large(
        &load(&path).expect_err("too large"),
        &path,
        MAX_FILE_BYTES + 1,
    );
}

// ---------------------------------------------------------------------------------------------
// The parser on hostile bytes
// ---------------------------------------------------------------------------------------------

/// Parses `bytes` both ways the store does; whatever is accepted must also save and read back
/// equal.
fn parse_never_panics(bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = Path::new("hostile.json");
    for allow_newer_major in [false, true] {
        if let Ok(parsed) = format::parse(bytes, path, allow_newer_major) {
            prop_assert_eq!(parsed.workspace.validate(), Ok(()));
            if parsed.version.major == mentor::store::CURRENT_VERSION.major {
                let again =
                    format::serialize(&parsed.workspace, parsed.unknown.as_ref(), parsed.version);
                let reparsed = format::parse(&again, path, false);
                prop_assert!(reparsed.is_ok(), "{:?}", reparsed.err());
                prop_assert_eq!(reparsed.expect("ok").workspace, parsed.workspace);
            }
        }
    }
    Ok(())
}

/// Words of the format and of JSON, to build inputs that get past the first byte.
fn token() -> impl Strategy<Value = &'static str> {
    select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        " ",
        "\n",
        "\"format\"",
        "\"mentor\"",
        "\"version\"",
        "{\"major\":1,\"minor\":0}",
        "{\"major\":2,\"minor\":0}",
        "{\"major\":0}",
        "\"kind\"",
        "\"workspace\"",
        "\"next_id\"",
        "\"mentees\"",
        "\"goals\"",
        "\"sessions\"",
        "\"id\"",
        "\"m1\"",
        "\"g2\"",
        "\"name\"",
        "\"title\"",
        "\"created_on\"",
        "\"2026-01-20\"",
        "\"2026-13-01\"",
        "\"at\"",
        "\"2026-02-03T10:00:00+01:00\"",
        "null",
        "true",
        "0",
        "1",
        "-1",
        "1e999",
        "18446744073709551616",
        "0.5",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\"",
        "\"x\"",
        "\u{1b}",
        "\u{0}",
    ])
}

fn soup() -> impl Strategy<Value = Vec<u8>> {
    vec(token(), 0..64).prop_map(|tokens| tokens.concat().into_bytes())
}

/// One change to a file's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    FlipBit(usize, u8),
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        (any::<usize>(), vec(any::<u8>(), 1..8)).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<usize>(), token()).prop_map(|(i, t)| Mutation::Insert(i, t.as_bytes().to_vec())),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), 1usize..256).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    let at = |i: usize| if len == 0 { 0 } else { i % len };
    match m {
        Mutation::FlipBit(i, bit) if len > 0 => bytes[at(*i)] ^= 1 << bit,
        Mutation::Set(i, b) if len > 0 => bytes[at(*i)] = *b,
        Mutation::Insert(i, new) => {
            let i = at(*i);
            bytes.splice(i..i, new.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let i = at(*i);
            bytes.drain(i..(i + n).min(len));
        }
        Mutation::Duplicate(i, n) => {
            let i = at(*i);
            let chunk = bytes[i..(i + n).min(len)].to_vec();
            bytes.splice(i..i, chunk);
        }
        Mutation::Truncate(i) => bytes.truncate(at(*i)),
        _ => {}
    }
}

fn valid_file() -> Vec<u8> {
    common::bytes_of(&common::sample_workspace())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..2048)) {
        parse_never_panics(&bytes)?;
    }

    #[test]
    fn token_soup_never_panics(bytes in soup()) {
        parse_never_panics(&bytes)?;
    }

    #[test]
    fn mutated_valid_files_never_panic(mutations in vec(mutation(), 1..6)) {
        let mut bytes = valid_file();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        parse_never_panics(&bytes)?;
    }
}

#[test]
fn mutations_do_reach_the_deep_checks() {
    // The mutation test is only worth something if mutated files get past the JSON syntax: some
    // must fail in typed parsing or validation, and some must still load.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = vec(mutation(), 1..3);
    let (mut loaded, mut typed, mut invalid) = (0, 0, 0);
    for _ in 0..2000 {
        let mutations = strategy.new_tree(&mut runner).expect("value").current();
        let mut bytes = valid_file();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        match format::parse(&bytes, Path::new("m.json"), false) {
            Ok(_) => loaded += 1,
            Err(LoadError::Parse { doc_path, .. }) if doc_path != "." => typed += 1,
            Err(LoadError::Invalid { .. }) => invalid += 1,
            Err(_) => {}
        }
    }
    eprintln!("mutations: {loaded} loaded, {typed} refused by type, {invalid} by validation");
    assert!(loaded > 0 && typed > 0 && invalid > 0);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let base = String::from_utf8(valid_file()).expect("utf-8");
    let cases = [
        nested.clone(),
        // Inside a field this version does not know, which is otherwise skipped.
        base.replacen(
            "\"kind\": \"workspace\",",
            &format!("\"kind\": \"workspace\", \"x\": {nested},"),
            1,
        ),
        // Where a string is expected.
        base.replacen(
            "\"name\": \"Dana Mentor\"",
            &format!("\"name\": {nested}"),
            1,
        ),
        format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth)),
    ];
    for (i, text) in cases.iter().enumerate() {
        let err = format::parse(text.as_bytes(), Path::new("deep.json"), false)
            .expect_err("nesting this deep is refused");
        assert!(
            err.to_string().contains("recursion limit exceeded"),
            "case {i}: {err}"
        );
    }
}

#[test]
fn enormous_numbers_and_strings_are_read_in_bounded_time() {
    let base = String::from_utf8(valid_file()).expect("utf-8");
    let digits = "7".repeat(1_000_000);
    let cases = [
        // A million-digit float where a float belongs, and where an integer belongs.
        base.replacen(
            "\"capacity_hours_per_month\": 6.5",
            &format!("\"capacity_hours_per_month\": 0.{digits}"),
            1,
        ),
        base.replacen(
            "\"capacity_hours_per_month\": 6.5",
            &format!("\"capacity_hours_per_month\": {digits}e-999999"),
            1,
        ),
        base.replacen("\"next_id\": 16", &format!("\"next_id\": {digits}"), 1),
        // A ten-megabyte string full of escapes.
        base.replacen(
            "\"private_notes\": \"\"",
            &format!("\"private_notes\": \"{}\"", "\\u001b".repeat(1_700_000)),
            1,
        ),
    ];
    for (i, text) in cases.iter().enumerate() {
        assert_ne!(text, &base, "case {i} did not apply");
        // Bounded: this returns at all (a quadratic parser would not, in a test's time).
        let result = format::parse(text.as_bytes(), Path::new("big.json"), false);
        if let Ok(parsed) = result {
            let bytes =
                format::serialize(&parsed.workspace, parsed.unknown.as_ref(), parsed.version);
            let again = format::parse(&bytes, Path::new("big.json"), false).expect("reparse");
            assert_eq!(again.workspace, parsed.workspace, "case {i}");
        }
    }
}
