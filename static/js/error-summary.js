// A form that comes back with errors: move the keyboard focus to the summary at its top,
// so a screen reader reads it first and a keyboard user starts from its links.
// Without JavaScript the summary is still announced (role="alert") and linked.
const summary = document.querySelector(".ck-error-summary");
if (summary) {
  summary.focus();
}
