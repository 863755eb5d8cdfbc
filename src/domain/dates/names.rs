//! The names of days and months as a language writes them, kept as data, and dates written with
//! them. Pure: the caller passes the language's table in (the app and the command line take it
//! from `i18n`).

use chrono::{Datelike, NaiveDate, Weekday};

/// One language's names of weekdays (from Monday) and months (from January), full and short.
#[derive(Debug)]
pub struct DateNames {
    pub weekdays: [&'static str; 7],
    pub weekdays_short: [&'static str; 7],
    pub months: [&'static str; 12],
    pub months_short: [&'static str; 12],
}

pub const ENGLISH: DateNames = DateNames {
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

/// Dutch writes the names of days and months in lower case.
pub const DUTCH: DateNames = DateNames {
    weekdays: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    weekdays_short: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    months_short: [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
};

impl DateNames {
    pub fn weekday(&self, day: Weekday) -> &'static str {
        self.weekdays[day.num_days_from_monday() as usize]
    }

    pub fn weekday_short(&self, day: Weekday) -> &'static str {
        self.weekdays_short[day.num_days_from_monday() as usize]
    }

    pub fn month(&self, month: u32) -> &'static str {
        self.months[(month.clamp(1, 12) - 1) as usize]
    }

    pub fn month_short(&self, month: u32) -> &'static str {
        self.months_short[(month.clamp(1, 12) - 1) as usize]
    }
}

/// `maandag 30 november`, `Monday 30 November`.
pub fn long(date: NaiveDate, names: &DateNames) -> String {
    format!(
        "{} {} {}",
        names.weekday(date.weekday()),
        date.day(),
        names.month(date.month())
    )
}

/// `ma 30 nov`, `Mon 30 Nov`.
pub fn short(date: NaiveDate, names: &DateNames) -> String {
    format!(
        "{} {} {}",
        names.weekday_short(date.weekday()),
        date.day(),
        names.month_short(date.month())
    )
}

/// `november 2026`, `November 2026`.
pub fn month_year(date: NaiveDate, names: &DateNames) -> String {
    format!("{} {}", names.month(date.month()), date.year())
}

/// How many days `day` lies after the first day of its week, for weeks that start on `start`.
pub fn days_into_week(day: Weekday, start: Weekday) -> usize {
    ((7 + day.num_days_from_monday() - start.num_days_from_monday()) % 7) as usize
}

/// The seven weekdays in the order of a week that starts on `start`.
pub fn week_from(start: Weekday) -> [Weekday; 7] {
    let mut days = [start; 7];
    for i in 1..7 {
        days[i] = days[i - 1].succ();
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dutch_dates_read_as_dutch_writes_them() {
        let date = d(2026, 11, 30);
        assert_eq!(long(date, &DUTCH), "maandag 30 november");
        assert_eq!(short(date, &DUTCH), "ma 30 nov");
        assert_eq!(month_year(date, &DUTCH), "november 2026");
        assert_eq!(short(d(2027, 3, 5), &DUTCH), "vr 5 mrt");
        assert_eq!(long(d(2027, 5, 2), &DUTCH), "zondag 2 mei");
    }

    #[test]
    fn english_dates_keep_their_capitals() {
        let date = d(2026, 11, 30);
        assert_eq!(long(date, &ENGLISH), "Monday 30 November");
        assert_eq!(short(date, &ENGLISH), "Mon 30 Nov");
        assert_eq!(month_year(date, &ENGLISH), "November 2026");
    }

    #[test]
    fn a_week_starts_where_it_is_told() {
        assert_eq!(days_into_week(Weekday::Mon, Weekday::Mon), 0);
        assert_eq!(days_into_week(Weekday::Sun, Weekday::Mon), 6);
        assert_eq!(days_into_week(Weekday::Sun, Weekday::Sun), 0);
        assert_eq!(days_into_week(Weekday::Mon, Weekday::Sun), 1);
        assert_eq!(week_from(Weekday::Sun)[0], Weekday::Sun);
        assert_eq!(week_from(Weekday::Sun)[6], Weekday::Sat);
        assert_eq!(week_from(Weekday::Mon)[6], Weekday::Sun);
    }
}
