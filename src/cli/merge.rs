//! `mentor merge BASE OURS THEIRS`: git's merge driver for the store file.

use super::args::MergeArgs;
use super::context::{CliError, Context};
use crate::domain::merge::{changes, merge as merge_documents};
use crate::store::merged::{read_document, write_document};

/// Merges THEIRS into OURS by record ID (BASE their common ancestor) and writes the result over
/// OURS; conflicts never block (see `docs/SYNC.md`). Prints a one-line summary on stderr.
pub fn merge(ctx: &Context, args: MergeArgs) -> Result<(), CliError> {
    let read = |side: &str, path: &std::path::Path| {
        read_document(path, side == "BASE").map_err(|e| {
            CliError::Merge(format!(
                "cannot merge: {side} does not read: {e}; {} is unchanged",
                args.ours.display()
            ))
        })
    };
    let (base, _) = read("BASE", &args.base)?;
    let (ours, ours_ws) = read("OURS", &args.ours)?;
    let (theirs, _) = read("THEIRS", &args.theirs)?;
    let merged = merge_documents(&base, &ours, &theirs, ctx.today());
    let ws = write_document(&args.ours, &merged.document).map_err(|e| {
        CliError::Merge(format!(
            "cannot merge: {e}; {} is unchanged",
            args.ours.display()
        ))
    })?;
    let came_in = changes(&ours_ws, &ws).count();
    eprintln!(
        "{}",
        summary(came_in, merged.conflicts.len(), merged.dropped)
    );
    Ok(())
}

/// "merged: 3 changes from the other side, 1 conflict (see `mentor conflicts`)".
fn summary(came_in: usize, conflicts: usize, dropped: usize) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = match came_in {
        0 => "merged: nothing new from the other side".to_string(),
        n => format!(
            "merged: {} from the other side",
            plural(n, "change", "changes")
        ),
    };
    if dropped > 0 {
        line.push_str(&format!(
            ", {} to records removed there dropped",
            plural(dropped, "reference", "references")
        ));
    }
    if conflicts > 0 {
        line.push_str(&format!(
            ", {} (see `mentor conflicts`)",
            plural(conflicts, "conflict", "conflicts")
        ));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::summary;

    #[test]
    fn the_summary_counts_what_came_in_and_the_conflicts() {
        assert_eq!(
            summary(3, 1, 0),
            "merged: 3 changes from the other side, 1 conflict (see `mentor conflicts`)"
        );
        assert_eq!(summary(1, 0, 0), "merged: 1 change from the other side");
        assert_eq!(
            summary(0, 2, 1),
            "merged: nothing new from the other side, 1 reference to records removed there dropped, 2 conflicts (see `mentor conflicts`)"
        );
    }
}
