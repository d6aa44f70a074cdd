/* Loa's own small script: confirmations, and keeping unsaved typing in this browser.
   Served by Loa (CSP 'self'); pages work without it. */
(function () {
  "use strict";

  // Forms with data-confirm ask before submitting (delete buttons).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Forms with data-keep-draft="key" keep what is typed in localStorage until the server
  // shows the same values (saved) — so a lost connection or a closed tab loses nothing.
  // Keyed by user: on a shared office computer nobody is offered another's typing.
  var PREFIX = "loa-draft:" + (document.body.getAttribute("data-user") || "-") + ":" +
    location.pathname + ":";

  // Signing out forgets every unsaved draft kept in this browser.
  document.addEventListener("submit", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-clear-drafts")) {
      Object.keys(localStorage).forEach(function (key) {
        if (key.indexOf("loa-draft:") === 0) { localStorage.removeItem(key); }
      });
    }
  });

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && el.type !== "hidden" &&
        el.type !== "submit" && el.type !== "button" && el.type !== "file";
    });
  }

  function read(form) {
    var values = {};
    fields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) { (values[el.name] = values[el.name] || []).push(el.value); }
      } else if (el.multiple) {
        values[el.name] = Array.prototype.filter.call(el.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
      } else {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function write(form, values) {
    fields(form).forEach(function (el) {
      if (!(el.name in values) && el.type !== "checkbox" && el.type !== "radio") { return; }
      var v = values[el.name];
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = Array.isArray(v) && v.indexOf(el.value) !== -1;
      } else if (el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = (v || []).indexOf(o.value) !== -1; });
      } else {
        el.value = v;
      }
    });
  }

  function keep(form) {
    if (form.dataset.draftReady) { return; }
    form.dataset.draftReady = "1";
    var key = PREFIX + form.getAttribute("data-keep-draft");
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { stored = null; }
    var current = JSON.stringify(read(form));
    if (stored && JSON.stringify(stored) !== current) {
      var banner = document.createElement("div");
      banner.className = "draft-banner";
      banner.setAttribute("role", "status");
      banner.innerHTML = "<p>Trình duyệt còn giữ nội dung bạn đã nhập nhưng chưa lưu ở phần này.</p>";
      var restore = document.createElement("button");
      restore.type = "button"; restore.className = "button small"; restore.textContent = "Khôi phục nội dung chưa lưu";
      var drop = document.createElement("button");
      drop.type = "button"; drop.className = "button small secondary"; drop.textContent = "Bỏ qua";
      restore.addEventListener("click", function () { write(form, stored); banner.remove(); });
      drop.addEventListener("click", function () { localStorage.removeItem(key); banner.remove(); });
      banner.appendChild(restore); banner.appendChild(drop);
      form.parentNode.insertBefore(banner, form);
    } else if (stored) {
      localStorage.removeItem(key);
    }
    var save = function () {
      try { localStorage.setItem(key, JSON.stringify(read(form))); } catch (e) { /* storage full */ }
    };
    form.addEventListener("input", save);
    form.addEventListener("change", save);
  }

  function scan(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("form[data-keep-draft]").forEach(keep);
  }
  document.addEventListener("DOMContentLoaded", function () { scan(document); });
  document.addEventListener("htmx:afterSettle", function (event) { scan(event.target); });
  // After htmx saved a form successfully, the server's values are the stored ones.
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (event.detail.successful && form && form.matches && form.matches("form[data-keep-draft]")) {
      var key = PREFIX + form.getAttribute("data-keep-draft");
      if (!event.detail.xhr.responseText.match(/error-summary/)) { localStorage.removeItem(key); }
    }
  });
})();

/* A form that creates a record (it carries a one-time token, loa/core/once.py) is sent once:
   a second click while the first sending is on its way does nothing. Comfort only: the
   server makes one record whatever the browser sends. */
(function () {
  "use strict";
  var SENDING = "data-sending";

  function tokened(form) {
    return form && form.querySelector && form.querySelector("input[name='once_token']");
  }

  // Capture phase, after data-confirm's listener: a cancelled confirmation sends nothing.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!tokened(form)) { return; }
    if (form.hasAttribute(SENDING)) {
      event.preventDefault();
      event.stopImmediatePropagation();  // htmx listens on the form itself
      return;
    }
    form.setAttribute(SENDING, "");
    // Later, not now: a button disabled now would drop its name from what is sent.
    window.setTimeout(function () {
      form.querySelectorAll("button[type='submit'], input[type='submit']").forEach(function (b) {
        b.setAttribute("aria-disabled", "true");
      });
    }, 0);
  }, true);

  function release(form) {
    form.removeAttribute(SENDING);
    form.querySelectorAll("[aria-disabled='true']").forEach(function (b) {
      b.removeAttribute("aria-disabled");
    });
  }

  // Back to a page kept by the browser, or an htmx answer that kept the form: send again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[" + SENDING + "]").forEach(release);
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (form && form.hasAttribute && form.hasAttribute(SENDING)) { release(form); }
  });
})();
