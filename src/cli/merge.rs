//! `mentor merge BASE OURS THEIRS`: git's merge driver for the store file.

use super::args::MergeArgs;
use super::context::{CliError, Context};
use crate::domain::merge::changes;
use crate::store::merged::{merge_versions, read_version, write_text};
use crate::t;

/// Merges THEIRS into OURS by record ID (BASE their common ancestor) and writes the result over
/// OURS; conflicts never block (see `docs/SYNC.md`). Prints a one-line summary on stderr.
pub fn merge(ctx: &Context, args: MergeArgs) -> Result<(), CliError> {
    let read = |side: &str, path: &std::path::Path| {
        read_version(path, side == "BASE").map_err(|e| {
            CliError::Merge(t!(
                "merge-side-unreadable",
                side = side,
                error = e.to_string(),
                ours = args.ours.display().to_string()
            ))
        })
    };
    let (base, _) = read("BASE", &args.base)?;
    let (ours, ours_ws) = read("OURS", &args.ours)?;
    let (theirs, _) = read("THEIRS", &args.theirs)?;
    let failed = |error: String| {
        CliError::Merge(t!(
            "merge-failed",
            error = error,
            ours = args.ours.display().to_string()
        ))
    };
    let merged =
        merge_versions(&base, &ours, &theirs, ctx.today()).map_err(|e| failed(e.to_string()))?;
    drop((base, ours, theirs));
    let ws = write_text(&args.ours, &merged.text).map_err(|e| failed(e.to_string()))?;
    let came_in = changes(&ours_ws, &ws).count();
    eprintln!(
        "{}",
        summary(came_in, merged.conflicts.len(), merged.dropped)
    );
    Ok(())
}

/// "merged: 3 changes from the other side, 1 conflict (see `mentor conflicts`)".
fn summary(came_in: usize, conflicts: usize, dropped: usize) -> String {
    let mut parts = vec![t!("merge-summary", count = came_in)];
    if dropped > 0 {
        parts.push(t!("merge-summary-dropped", count = dropped));
    }
    if conflicts > 0 {
        parts.push(t!("merge-summary-conflicts", count = conflicts));
    }
    parts.join(", ")
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

    #[test]
    fn the_summary_speaks_dutch() {
        use crate::i18n::{Lang, with_lang};
        with_lang(Lang::Nl, || {
            assert_eq!(
                summary(3, 1, 0),
                "samengevoegd: 3 wijzigingen van de andere kant, 1 conflict (zie `mentor conflicts`)"
            );
            assert_eq!(
                summary(0, 2, 1),
                "samengevoegd: niets nieuws van de andere kant, 1 verwijzing weggelaten naar records die daar zijn verwijderd, 2 conflicten (zie `mentor conflicts`)"
            );
        });
    }
}
