//! What `mentor sync init` writes into the repository: the lines of `.gitattributes` and
//! `.gitignore`, the merge driver's configuration, and the check that a remote does not look
//! public. Pure text, so each rule is tested on its own.

/// The name of the merge driver in `.gitattributes` and the git configuration.
pub const DRIVER: &str = "mentor";

/// The `merge.mentor.name` git shows.
pub const DRIVER_NAME: &str = "mentor: merges the store record by record";

/// Well-known public hosting: a remote there is one step from being public.
const PUBLIC_HOSTS: &[&str] = &[
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "codeberg.org",
    "sr.ht",
    "gitee.com",
    "sourceforge.net",
    "notabug.org",
    "framagit.org",
    "huggingface.co",
];

/// A file name as a gitignore/gitattributes pattern that matches exactly that name in the
/// directory of the file: anchored with `/`, glob characters escaped, a space written `[ ]`
/// (both files split lines at spaces or treat `#` and `!` at the start specially).
pub fn pattern(name: &str) -> String {
    let mut out = String::from("/");
    for c in name.chars() {
        match c {
            ' ' => out.push_str("[ ]"),
            '*' | '?' | '[' | ']' | '\\' | '!' | '#' => {
                out.push('\\');
                out.push(c);
            }
            other => out.push(other),
        }
    }
    out
}

/// The `.gitattributes` line that sends the store through the merge driver.
pub fn attributes_line(store: &str) -> String {
    format!("{} merge={DRIVER}", pattern(store))
}

/// The `.gitignore` lines of a store: its lock and the app's editor lock, the temporary files
/// of a save, the backups (and what a restore keeps aside), the conflict copies, and mentee
/// bundles (`*.mentor.json`), which never go through sync. The store itself is named again
/// last with `!`, so that neither the bundle rule nor an ignore rule further up hides it.
pub fn ignore_lines(store: &str) -> Vec<String> {
    let anchored = |suffix: &str| format!("{}{suffix}", pattern(store));
    vec![
        anchored(".lock"),
        anchored(".editor.lock"),
        format!("/.{}.tmp-*", &pattern(store)[1..]),
        anchored(".backups/"),
        anchored(".conflict-*"),
        "*.mentor.json".to_string(),
        format!("!{}", pattern(store)),
    ]
}

/// The comment written above the lines `mentor sync init` adds to a file.
pub const COMMENT: &str = "# mentor sync: the store, merged record by record; never its locks, temporary files, backups, conflict copies or mentee bundles";

/// `existing` with every line of `wanted` it lacks added at the end (under [`COMMENT`]), or
/// `None` when it has them all: running init again adds nothing.
pub fn fill_in(existing: &str, wanted: &[String]) -> Option<String> {
    let have: Vec<&str> = existing.lines().map(str::trim_end).collect();
    let missing: Vec<&String> = wanted
        .iter()
        .filter(|w| !have.contains(&w.as_str()))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let mut out = existing.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if !have.contains(&COMMENT) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(COMMENT);
        out.push('\n');
    }
    for line in missing {
        out.push_str(line);
        out.push('\n');
    }
    Some(out)
}

/// The merge driver command git runs: this program, quoted for the shell git hands it to, then
/// `merge %O %A %B`.
pub fn driver_command(exe: &str) -> String {
    format!("{} merge %O %A %B", shell_quote(exe))
}

/// `text` in single quotes for `sh`, a single quote inside written `'\''`.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The host a git remote URL names, in lower case: `https://host/...`, `ssh://user@host:22/...`,
/// `git://host/...`, or the scp-like `user@host:path`. `None` for a local path or `file://`.
pub fn remote_host(url: &str) -> Option<String> {
    let url = url.trim();
    let authority = if let Some((scheme, rest)) = url.split_once("://") {
        if scheme.eq_ignore_ascii_case("file") {
            return None;
        }
        let authority = rest.split('/').next().unwrap_or("");
        let host = authority.rsplit('@').next().unwrap_or("");
        if let Some(v6) = host.strip_prefix('[') {
            v6.split(']').next().unwrap_or("")
        } else {
            host.split(':').next().unwrap_or("")
        }
    } else {
        // scp-like: a colon before any slash, and more than one letter (not `C:\...`).
        let (before, _) = url.split_once(':')?;
        if before.contains('/') || before.len() < 2 {
            return None;
        }
        before.rsplit('@').next().unwrap_or("")
    };
    (!authority.is_empty()).then(|| authority.to_ascii_lowercase())
}

/// True when a remote URL points at well-known public hosting (a host on the list, or a
/// subdomain of one), where a repository is one setting away from being public.
pub fn looks_public(url: &str) -> bool {
    remote_host(url).is_some_and(|host| {
        let host = host.trim_end_matches('.');
        PUBLIC_HOSTS
            .iter()
            .any(|p| host == *p || host.ends_with(&format!(".{p}")))
    })
}

/// What `mentor sync init` says about a remote, always: it holds everything.
pub const PRIVACY: &str = "A git remote holds your whole workspace: every mentee, every session note, \
private notes and private feedback included, and its full history. Use a repository only you \
can read (a private repository, or a bare repository on a machine or disk of your own). \
Mentee bundles never go through sync.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_hosts_are_found_in_every_url_form() {
        for url in [
            "https://github.com/sam/notes.git",
            "http://GitHub.com/sam/notes",
            "ssh://git@gitlab.com:22/sam/notes.git",
            "git@bitbucket.org:sam/notes.git",
            "https://codeberg.org/sam/notes",
            "git@git.sr.ht:~sam/notes",
            "https://user:token@github.com/sam/notes.git",
            "git://gitlab.com/sam/notes.git",
            "https://gist.github.com/abc",
        ] {
            assert!(looks_public(url), "{url}");
        }
        for url in [
            "/srv/git/notes.git",
            "../notes.git",
            "file:///home/sam/notes.git",
            "ssh://sam@nas.local/volume1/notes.git",
            "sam@192.168.1.4:notes.git",
            "https://git.example.org/sam/notes.git",
            "https://notgithub.com/sam/notes",
            "C:\\repos\\notes.git",
            "https://[::1]/notes.git",
        ] {
            assert!(!looks_public(url), "{url}");
        }
        assert_eq!(remote_host("git@Git.SR.ht:~x/y"), Some("git.sr.ht".into()));
        assert_eq!(remote_host("https://[::1]:8080/x"), Some("::1".into()));
    }

    #[test]
    fn the_ignore_lines_cover_every_file_beside_the_store() {
        let lines = ignore_lines("mentor.json");
        assert_eq!(
            lines,
            [
                "/mentor.json.lock",
                "/mentor.json.editor.lock",
                "/.mentor.json.tmp-*",
                "/mentor.json.backups/",
                "/mentor.json.conflict-*",
                "*.mentor.json",
                "!/mentor.json",
            ]
        );
        assert_eq!(attributes_line("mentor.json"), "/mentor.json merge=mentor");
        assert_eq!(pattern("my notes [2].json"), r"/my[ ]notes[ ]\[2\].json");
        assert_eq!(pattern("#x!"), r"/\#x\!");
    }

    #[test]
    fn filling_in_adds_only_what_is_missing() {
        let wanted = ignore_lines("mentor.json");
        let first = fill_in("target/\n", &wanted).unwrap();
        assert!(first.starts_with("target/\n\n# mentor sync"));
        assert!(first.ends_with("!/mentor.json\n"));
        assert_eq!(fill_in(&first, &wanted), None);
        let partial = "/mentor.json.lock";
        let filled = fill_in(partial, &wanted).unwrap();
        assert_eq!(filled.matches("/mentor.json.lock\n").count(), 1);
        assert_eq!(fill_in("", &wanted).unwrap().lines().next(), Some(COMMENT));
    }

    #[test]
    fn the_driver_command_survives_any_path() {
        assert_eq!(
            driver_command("/usr/bin/mentor"),
            "'/usr/bin/mentor' merge %O %A %B"
        );
        assert_eq!(
            driver_command("/home/o'neil/my bin/mentor"),
            r"'/home/o'\''neil/my bin/mentor' merge %O %A %B"
        );
    }
}
