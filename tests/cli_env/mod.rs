//! Running the built binary against a store in a temporary directory, with "now" and the time
//! zone fixed, for the command-line tests.
#![allow(dead_code)] // each test binary uses its own part

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// The moment every command runs at (`MENTOR_NOW`), in Paris winter time (`TZ`).
pub use crate::common::NOW;

pub struct Env {
    pub dir: tempfile::TempDir,
    /// The store, in a directory that does not exist until a command creates it.
    pub store: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("data").join("mentor.json");
        Env { dir, store }
    }

    /// The command, ready to run (to give it other stdio, say).
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.args(args)
            .env("MENTOR_STORE", &self.store)
            .env("MENTOR_TEMPLATES", self.templates())
            .env("MENTOR_CONFIG", self.config())
            // Questions from `questions.txt` beside that config file, not the developer's.
            .env_remove("MENTOR_QUESTIONS")
            .env_remove("MENTOR_COMPLETE")
            .env("MENTOR_NOW", NOW)
            .env("TZ", "Europe/Paris")
            // English, whatever the machine's locale.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .env_remove("NO_COLOR");
        cmd
    }

    pub fn cmd(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a command that must fail without printing to stdout; returns its stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd(args);
        assert!(
            !out.status.success(),
            "{args:?} should fail: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed to stdout on failure"
        );
        String::from_utf8(out.stderr).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// The store file's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.store).unwrap()
    }

    /// The store file as JSON.
    pub fn doc(&self) -> Value {
        serde_json::from_slice(&self.bytes()).unwrap()
    }

    /// The directory of user templates (`MENTOR_TEMPLATES`), made by the first `template save`.
    pub fn templates(&self) -> PathBuf {
        self.dir.path().join("templates")
    }

    /// The config file the commands read (`MENTOR_CONFIG`; absent until a test writes it).
    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config").join("config.toml")
    }

    /// Writes `text` as the config file.
    pub fn write_config(&self, text: &str) {
        let path = self.config();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Writes `text` as the mentor's own questions file (`questions.txt` beside the config).
    pub fn write_questions(&self, text: &str) {
        let path = self.config().with_file_name("questions.txt");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// A path in the temporary directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}
