// The dashboard page's static markup; the webview script fills it from the data it is sent.

export const DASHBOARD_BODY = `
<main id="app" aria-busy="true">
  <header class="dashboard-header">
    <h1>Progress</h1>
    <p id="summary" class="muted" aria-live="polite">Loading…</p>
  </header>
  <section id="interview" class="card" aria-labelledby="interview-heading" hidden>
    <h2 id="interview-heading">Ready on the day</h2>
    <div id="interview-none" hidden>
      <p id="interview-none-text">No interview date yet.</p>
      <p class="muted">Plan for an interview to see what you would still remember on the day, per role and topic, and a daily plan that aims at that date.</p>
      <button type="button" id="plan-interview" class="action">Plan for an Interview…</button>
    </div>
    <div id="interview-some" hidden>
      <p id="interview-summary" aria-live="polite"></p>
      <h3 id="recall-roles-heading">Predicted recall on the day, by role</h3>
      <div id="recall-roles" class="table-box" tabindex="0" role="region" aria-labelledby="recall-roles-heading"></div>
      <h3 id="weakest-heading">Weakest topics on the day</h3>
      <div id="weakest"></div>
      <h3 id="recall-topics-heading">Predicted recall on the day, by topic</h3>
      <p id="recall-note" class="muted"></p>
      <div id="recall-topics" class="table-box" tabindex="0" role="region" aria-labelledby="recall-topics-heading"></div>
      <h3 id="today-heading">Today's plan</h3>
      <div id="today-plan"></div>
    </div>
  </section>
  <section id="empty" class="empty" hidden aria-label="No practice yet">
    <p>No attempts yet — start a drill</p>
    <p class="muted">Open a question from the Questions view, or use <em>Interview Prep: Start Drill…</em>. Your activity, streaks and scores will appear here.</p>
  </section>
  <div id="content" hidden>
    <section class="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <div id="streaks" class="tiles"></div>
      <div id="heatmap" class="heatmap"></div>
    </section>
    <section class="card" aria-labelledby="areas-heading">
      <h2 id="areas-heading">Scores by area</h2>
      <p class="muted">Weekly average self-assessment, 0-10, over the last 12 weeks. Dashed lines mark the readiness bands: 8.5 excellent, 7 good, 5.5 developing.</p>
      <div id="areas" class="areas"></div>
    </section>
    <section class="card" aria-labelledby="time-heading">
      <h2 id="time-heading">Time and exercises</h2>
      <div id="time" class="meter-block"></div>
      <div id="exercises" class="meter-block"></div>
    </section>
    <section class="card" aria-labelledby="roles-heading">
      <h2 id="roles-heading">Mastery by role</h2>
      <div class="legend" data-legend="status"></div>
      <div id="roles" class="mastery"></div>
    </section>
    <section class="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Mastery by topic</h2>
      <p class="muted">Select a topic to drill it.</p>
      <div class="legend" data-legend="status"></div>
      <div id="topics" class="mastery"></div>
    </section>
  </div>
</main>
`;
