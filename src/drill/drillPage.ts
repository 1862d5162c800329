// The drill page's static markup: the question, countdown, answer, interviewer, self-assessment,
// session bar, summary and break screens. The webview script fills and shows them from the host's messages.

export const DRILL_BODY = `
<nav id="session" class="session" hidden aria-label="Drill session">
  <span id="session-title" class="session-title"></span>
  <span id="session-progress" class="session-progress" aria-live="polite"></span>
  <span id="session-clock" class="session-clock" role="timer"></span>
  <span class="session-buttons">
    <button id="previous" type="button" class="secondary" title="Previous question (Alt+Left)">Previous</button>
    <button id="skip" type="button" class="secondary" title="Skip for now and come back later (Alt+S)">Skip</button>
    <button id="next" type="button" class="secondary" title="Next question (Alt+Right)">Next</button>
    <button id="end" type="button" class="secondary" title="End the drill now (Alt+Q)">End drill</button>
  </span>
</nav>
<main id="app" aria-busy="true">
  <header class="drill-header">
    <div>
      <h1 id="title">Loading question…</h1>
      <ul id="chips" class="chips" aria-label="Question details"></ul>
    </div>
    <section class="timer" aria-label="Countdown">
      <div id="countdown" class="countdown" role="timer" aria-live="off">--:--</div>
      <div class="timer-buttons">
        <button id="toggle" type="button" title="Pause or resume the countdown (Alt+P)">Pause</button>
        <button id="reset" type="button" class="secondary" title="Reset the countdown (Alt+R)">Reset</button>
      </div>
      <div id="announce" class="visually-hidden" aria-live="polite"></div>
    </section>
  </header>
  <article id="prompt" class="prompt markdown-body"></article>
  <section id="hints" class="hints" aria-label="Hints"></section>
  <section class="work" aria-label="Your answer">
    <label for="draft" id="draft-label">Your answer <span class="muted">(saved as you type)</span></label>
    <textarea id="draft" rows="8" spellcheck="true" placeholder="Think out loud: clarify, solve, then check and improve."></textarea>
    <div id="star" class="star" hidden>
      <label for="star-situation">Situation</label><textarea id="star-situation" rows="3" placeholder="Where and when; what was at stake."></textarea>
      <label for="star-task">Task</label><textarea id="star-task" rows="2" placeholder="What you were responsible for."></textarea>
      <label for="star-action">Action</label><textarea id="star-action" rows="4" placeholder="What you did, step by step; say I, not we."></textarea>
      <label for="star-result">Result</label><textarea id="star-result" rows="3" placeholder="The outcome, with numbers, and what you learned."></textarea>
    </div>
    <div id="saved" class="muted saved" aria-live="polite"></div>
  </section>
  <div class="actions">
    <button id="hint" type="button" class="secondary" title="Reveal the next hint (Alt+H)">Show hint</button>
    <button id="reveal" type="button" title="Reveal the model answer (Alt+A)">Reveal answer</button>
    <button id="scaffold" type="button" class="secondary" hidden title="Scaffold this exercise into the workspace (Alt+E)">Scaffold exercise</button>
  </div>
  <section id="interviewer" class="interviewer" hidden aria-label="Interviewer">
    <div class="interviewer-bar">
      <button id="ask" type="button" class="secondary" title="Ask the language model to grade your answer against the evaluation points (Alt+G)">Grade my answer</button>
      <button id="cancel-ask" type="button" class="secondary" hidden title="Stop the request; nothing is recorded">Cancel</button>
      <span id="interviewer-busy" class="busy" hidden><progress aria-label="Waiting for the language model"></progress> <span id="interviewer-busy-text" role="status" aria-live="polite"></span></span>
    </div>
    <p id="interviewer-note" class="muted interviewer-note"></p>
    <div id="interviewer-error" class="interviewer-error" role="alert" hidden>
      <p id="interviewer-error-text"></p>
      <details id="interviewer-reply-box" hidden><summary>The model's reply, as plain text</summary><pre id="interviewer-reply"></pre></details>
    </div>
    <p id="grading-summary" class="grading-summary" hidden></p>
    <ol id="turns" class="turns" aria-label="Follow-up questions answered"></ol>
    <div id="follow-up" class="follow-up" hidden>
      <label for="follow-up-answer"><strong>Follow-up</strong> <span id="follow-up-from" class="muted"></span></label>
      <p id="follow-up-question" class="follow-up-question"></p>
      <textarea id="follow-up-answer" rows="4" placeholder="Answer as you would aloud; the interviewer then grades the whole exchange."></textarea>
      <button id="send-follow-up" type="button" title="Send your answer to the follow-up (Alt+F)">Answer follow-up</button>
    </div>
  </section>
  <article id="answer" class="answer markdown-body" hidden tabindex="-1" aria-label="Model answer"></article>
  <section id="assess" class="assess" hidden aria-label="Self-assessment">
    <fieldset id="checklist-box" hidden>
      <legend>Evaluation points you covered</legend>
      <ul id="checklist" class="checklist"></ul>
    </fieldset>
    <div class="score-row">
      <label for="score">Score <output id="score-value" for="score">7</output>/10</label>
      <input id="score" type="range" min="0" max="10" step="1" value="7" aria-describedby="score-bands">
      <span id="score-bands" class="muted">8.5+ excellent · 7+ good · 5.5+ developing</span>
    </div>
    <p id="grade-suggestion" class="muted grade-suggestion" hidden></p>
    <div class="grades" role="group" aria-label="How well did you recall it? Saving records the attempt.">
      <button type="button" class="grade" data-grade="again" title="Save: I could not answer (Alt+1)">Again</button>
      <button type="button" class="grade" data-grade="hard" title="Save: answered with difficulty (Alt+2)">Hard</button>
      <button type="button" class="grade" data-grade="good" title="Save: answered well (Alt+3)">Good</button>
      <button type="button" class="grade" data-grade="easy" title="Save: answered easily (Alt+4)">Easy</button>
    </div>
  </section>
  <details id="notes-box" class="notes">
    <summary>My notes on this question</summary>
    <textarea id="notes" rows="4" aria-label="My notes on this question" placeholder="Kept with your progress and shown next time."></textarea>
  </details>
</main>
<!-- One of #app, #summary and #break shows at a time, each the page's main landmark. -->
<main id="summary" class="summary" hidden tabindex="-1" aria-label="Drill summary"></main>
<main id="break" class="break" hidden tabindex="-1" aria-label="Break">
  <h1 id="break-title">Break</h1>
  <div id="break-clock" class="countdown" role="timer" aria-live="off"></div>
  <p id="break-next" class="muted"></p>
  <button id="continue" type="button" title="Start the next section (Alt+C)">Start next section</button>
</main>
`;
