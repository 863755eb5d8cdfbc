//! The edges of a week or a month: `end of the month`, `eind van de week`, `begin volgende
//! maand`.

use super::super::words::{self, Unit};
use super::{Parser, Problem};
use chrono::{Datelike, Days, Months, NaiveDate};

impl Parser<'_> {
    /// `end of the month`, `eind van de week`, `begin volgende maand`: the first or last day of
    /// this or the next week (Monday to Sunday) or month.
    pub(super) fn edge(&mut self) -> Result<Option<NaiveDate>, Problem> {
        let Some(w) = self.word() else {
            return Ok(None);
        };
        let end = if words::is(w, |l| l.end) {
            true
        } else if words::is(w, |l| l.start) {
            false
        } else {
            return Ok(None);
        };
        let mut at = self.at + 1;
        let fillers: [fn(&words::Words) -> &[&'static str]; 2] = [|l| l.of, |l| l.the];
        for list in fillers {
            if self.lower(at).is_some_and(|x| words::is(x, list)) {
                at += 1;
            }
        }
        let mut ahead = 0;
        if let Some(x) = self.lower(at) {
            if words::is(x, |l| l.next) {
                ahead = 1;
                at += 1;
            } else if words::is(x, |l| l.current) {
                at += 1;
            }
        }
        let unit = self.lower(at).and_then(|x| words::find(x, |l| l.units));
        let today = self.today;
        let (first, last) = match unit {
            Some(Unit::Weeks) => {
                let back = today.weekday().num_days_from_monday();
                let monday = today
                    .checked_sub_days(Days::new(u64::from(back)))
                    .and_then(|m| m.checked_add_days(Days::new(7 * ahead)));
                let sunday = monday.and_then(|m| m.checked_add_days(Days::new(6)));
                (monday, sunday)
            }
            Some(Unit::Months) => {
                let first = today
                    .with_day(1)
                    .and_then(|f| f.checked_add_months(Months::new(ahead as u32)));
                let last = first
                    .and_then(|f| f.checked_add_months(Months::new(1)))
                    .and_then(|f| f.pred_opt());
                (first, last)
            }
            // The edge and its words were understood; what follows is not a week or a month.
            _ => {
                self.at = at;
                return Err(self.stuck());
            }
        };
        self.at = at + 1;
        let date = if end { last } else { first };
        date.map(Some).ok_or(Problem::OutOfRange)
    }
}
