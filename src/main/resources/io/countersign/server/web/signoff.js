// Better with script: a choice is saved as it is made (the forms work without this), the progress
// line and the finish button follow, and the page is not reloaded. The server decides what counts.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var progress = document.getElementById("progress");
  var finish = document.querySelector("#finish button[type=submit]");
  var blocked = document.getElementById("blocked");

  function show(state) {
    var asked = state.asked, decided = state.decided;
    progress.textContent = state.progress;
    if (finish) { finish.disabled = decided < asked; }
    if (blocked) {
      blocked.hidden = decided >= asked;
      blocked.textContent = blocked.getAttribute("data-template").replace("{0}", String(asked - decided));
    }
  }

  function save(form) {
    var chosen = form.querySelector("input[name=decision]:checked");
    var item = form.closest(".point");
    var status = form.querySelector(".saved");
    if (!chosen) {
      // A note typed (or Save pressed) before a choice: nothing to save yet; the line still says so.
      status.textContent = status.getAttribute("data-undecided");
      return;
    }
    form.classList.add("saving");
    fetch(form.action, {
      method: "POST",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(new FormData(form)).toString(),
      credentials: "same-origin"
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      form.classList.remove("saving");
      if (!res.ok) { status.textContent = res.body.error; return; }
      status.textContent = res.body.saved;
      item.classList.remove("undecided", "confirm", "change");
      item.classList.add("decided", chosen.value);
      show(res.body);
    }).catch(function () {
      form.classList.remove("saving");
      form.submit();
    });
  }

  document.querySelectorAll("form.decide").forEach(function (form) {
    form.addEventListener("submit", function (e) { e.preventDefault(); save(form); });
    form.querySelectorAll("input[name=decision]").forEach(function (radio) {
      radio.addEventListener("change", function () { save(form); });
    });
    var note = form.querySelector("textarea");
    note.addEventListener("change", function () { save(form); });
  });
})();
