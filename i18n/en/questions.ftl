# questions: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## The question bank (src/domain/questions.rs): one message per built-in question, its ID its
## stable key. Open questions, for the mentor to ask: the mentee finds the answer.

# Getting to know each other.
q-know-1 = What made you want a mentor right now?
q-know-2 = What does a good week at work look like for you?
q-know-3 = Which part of your work gives you energy, and which part drains it?
q-know-4 = Who has helped you most in your career so far, and how did they do it?
q-know-5 = What are you proud of that the people around you may not know about?
q-know-6 = How do you like to learn something new: by reading, by doing, or by talking it through?
q-know-7 = What would you like me to know about you that your CV would not tell me?
q-know-8 = If everything went well, where would you be in three years?
q-know-9 = What worked for you with mentors or managers before, and what did not?

# Finding and shaping goals.
q-goal-1 = If this mentoring were a success a year from now, what would be different for you?
q-goal-2 = Of the things you want, which feels most urgent, and which matters most?
q-goal-3 = What would you take on if you knew you could not fail?
q-goal-4 = What is one thing you want to be able to do that you cannot do yet?
q-goal-5 = What would you stop doing to make room for this?
# One pair per SMART letter, to ask when that letter fails.
q-goal-specific-1 = What exactly will be different once you have reached this goal?
q-goal-specific-2 = If I watched you at work after you reached it, what would I see you doing?
q-goal-measurable-1 = How will you know you are getting closer: what could you count or observe?
q-goal-measurable-2 = What would show you, and someone else, that you have reached it?
q-goal-achievable-1 = What do you need to get there: time, support, skills or resources?
q-goal-achievable-2 = What could get in the way, and which part of it is in your own hands?
q-goal-relevant-1 = Why does this goal matter to you now?
q-goal-relevant-2 = Which step in your career, or which wish of yours, does this goal serve?
q-goal-time-bound-1 = By when do you want to have reached it, and why that date?
q-goal-time-bound-2 = What would a first milestone be, and when could you reach it?

# Expectations and boundaries.
q-expect-1 = How often would you like us to meet, and for how long?
q-expect-2 = How would you like to reach me between sessions, and how soon do you expect an answer?
q-expect-3 = Which topics are off limits for you in our conversations?
q-expect-4 = What stays between the two of us, and what may we share with others?
q-expect-5 = What do you expect from me, and what may I expect from you?
q-expect-6 = How will we notice that the mentoring is not working, and what do we do then?
q-expect-7 = How do you want to prepare for our sessions?

# Progress and obstacles.
q-progress-1 = What has happened since we last spoke?
q-progress-2 = What did you try, and what did you learn from it?
q-progress-3 = On a scale of one to ten, where are you now, and what would make it one point higher?
q-progress-4 = What are you most pleased with since our last session?
q-progress-5 = What do you want to have done before we meet again?
q-progress-obstacle-1 = What is standing in your way right now?
q-progress-obstacle-2 = What have you tried so far, and what happened?
q-progress-obstacle-3 = If a friend were stuck where you are, what would you suggest to them?
q-progress-obstacle-4 = Who or what could help you take the next step?
q-progress-obstacle-5 = Does this goal still matter to you, or has something changed?

# Giving and asking for feedback.
q-feedback-1 = What feedback have you had lately, and what did you do with it?
q-feedback-2 = How do you prefer to get feedback: straight away or later, written or face to face?
q-feedback-3 = What feedback would help you most right now?
q-feedback-4 = Is there something I do in our sessions that you would like me to do differently?
q-feedback-5 = Who else could give you feedback on this, and how could you ask them?
q-feedback-strength-1 = What went well recently, and what did you do to make it happen?
q-feedback-strength-2 = What do other people come to you for?
q-feedback-strength-3 = Which of your strengths could help you with what you are working on now?
q-feedback-strength-4 = When did you last surprise yourself?

# Career moves and opportunities.
q-career-1 = Which roles or people around you do you find interesting, and why?
q-career-2 = What will the next step in your career ask of you that you do not have yet?
q-career-3 = Who in your network could you learn from, and how could you meet them?
q-career-4 = Which opportunity would you go for if nothing held you back?
q-career-5 = What would make you stay in your current role, and what would make you leave it?
q-career-6 = How do the right people get to know what you can do?
q-career-7 = Which course, event or project could help you most this year?

# Closing.
q-closing-1 = Looking back, what has changed for you since we started?
q-closing-2 = What are you most proud of from this period?
q-closing-3 = What will you keep doing on your own from now on?
q-closing-4 = What did you learn about yourself that you did not expect?
q-closing-5 = What would you like to work on next, and who could help you with that?
q-closing-6 = What should I do differently with the next person I mentor?
q-closing-7 = How would you like to stay in touch?

## The phases, the reasons a question is proposed, the mentor's own file.
qs-phase-know = Getting to know each other
qs-phase-goals = Finding and shaping goals
qs-phase-expectations = Expectations and boundaries
qs-phase-progress = Progress and obstacles
qs-phase-feedback = Giving and asking for feedback
qs-phase-career = Career moves and opportunities
qs-phase-closing = Closing
# Reasons: each may use $title (a goal), $date, $days and $detail.
qs-why-end-near = { $detail ->
    [past] the agreement ended on { $date } and the mentoring is still open
   *[other] the agreement ends on { $date } ({ $days ->
        [0] today
        [one] in 1 day
       *[other] in { $days } days
    })
}
qs-why-no-goals = no open goal yet: get to know each other first
qs-why-no-goals-shape = no open goal yet: find what they want to work on
qs-why-smart = goal “{ $title }”: { $detail }
qs-why-overdue = goal “{ $title }” is past its due date { $date }
qs-why-stalled = goal “{ $title }” has made no progress since { $date }
qs-why-improvements = the feedback lately leans to improvements: start from what goes well
qs-why-no-boundaries = the agreement does not yet say its boundaries or response time
qs-why-career = a career mentoring: look ahead together
qs-why-open-goals = { $days ->
    [one] one open goal: check in on progress
   *[other] { $days } open goals: check in on progress
}
qs-why-always = the mentoring itself deserves a question now and then
# The mentor's own questions file: a line left out.
qs-err-no-heading = a question before any [phase] heading (left out)
qs-err-too-long = a question of more than { $max } characters (left out)
qs-err-twice = the same question as on line { $first } (left out)
qs-err-phase = “{ $value }” is not a phase: { $names } (the questions under it are left out)
qs-err-focus = “{ $value }” is not a focus: { $names } (the questions under it are left out)
qs-err-focus-phase = { $focus } questions belong under [{ $phase }.{ $focus }] (the questions under it are left out)
qs-err-unreadable = cannot be read: { $error }
qs-err-too-large = is { $size } bytes, more than the { $cap } read
# The brief's questions (text and app).
qs-brief-heading = Questions to ask ({ $count })
qs-brief-why = { $key } · { $reason }
qs-app-why = why: { $reason }
# `mentor questions`.
qs-cli-warn = your questions file: { $error }
qs-cli-none = No questions in this phase.
qs-cli-own = * yours ({ $count }), from { $file }
qs-cli-no-own = Add your own questions in { $file } (see mentor questions --help).
qs-cli-no-file = There is no configuration directory for your own questions; set MENTOR_QUESTIONS.
qs-cli-no-such = no question "{ $key }": `mentor questions` lists the keys
qs-cli-asked-agenda = Asked { $key } of { $name }; on the agenda of { $session } ({ $date }):
qs-cli-asked-none-planned = Asked { $key } of { $name }; no session planned, so only remembered:
qs-cli-asked = Asked { $key } of { $name } (remembered, the agenda left as it is):
# The app.
qs-app-banner = your questions file: { $error }{ $more ->
    [0] {""}
   *[other] {" "}({ $more } more: mentor questions)
}
qs-app-no-question = there is no question { $n } to ask
qs-app-did-ask = ask question { $key }
qs-app-asked = question { $key } is on the agenda of { $when } (u undoes)
qs-app-asked-new-session = no session planned: the question is the agenda of a new one (remembered as asked)
qs-key-ask-1 = ask question 1: on the next session's agenda
qs-key-ask-2 = ask question 2: on the next session's agenda
qs-key-ask-3 = ask question 3: on the next session's agenda
qs-key-ask-group = ask question 1 to 3: on the next session's agenda
qs-hint-ask = { $first }-{ $last } ask
qs-key-form-question = a question to ask onto a session's agenda
qs-app-form-sessions-only = questions to ask go onto a session's agenda
qs-app-form-all-in = the { $count ->
    [one] question
   *[other] { $count } questions
} to ask are on the agenda already
qs-app-form-added = question { $n } of { $count } on the agenda: { $reason }
