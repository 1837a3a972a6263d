// readout web app: small enhancements of server-rendered pages (no libraries).
"use strict";

// Document view: hovering or focusing a claim lights its evidence; clicking scrolls to it;
// the checkboxes show or hide each kind of highlight.
(function documentView() {
  const text = document.getElementById("doctext");
  const claims = document.getElementById("claims");
  if (!text || !claims) return;
  const spansOf = (id) => text.querySelectorAll(`.hl[data-claims~="${CSS.escape(id)}"]`);
  const light = (id, on) => spansOf(id).forEach((el) => el.classList.toggle("focus", on));
  claims.querySelectorAll("[data-claim]").forEach((item) => {
    const id = item.dataset.claim;
    item.addEventListener("mouseenter", () => light(id, true));
    item.addEventListener("mouseleave", () => light(id, false));
    item.addEventListener("focus", () => light(id, true));
    item.addEventListener("blur", () => light(id, false));
    item.addEventListener("click", () => {
      const first = spansOf(id)[0];
      if (first) first.scrollIntoView({ behavior: "smooth", block: "center" });
    });
  });
  // Clicking highlighted text marks the claims it supports in the list.
  text.addEventListener("click", (event) => {
    const hl = event.target.closest(".hl");
    claims.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
    if (!hl) return;
    hl.dataset.claims.split(" ").forEach((id) => {
      const item = claims.querySelector(`[data-claim="${CSS.escape(id)}"]`);
      if (item) item.classList.add("active");
    });
  });
  claims.querySelectorAll("input[data-kind]").forEach((box) => {
    const apply = () => {
      const kind = box.dataset.kind;
      if (kind === "statement") text.classList.toggle("show-statement", box.checked);
      else text.classList.toggle(`hide-${kind}`, !box.checked);
    };
    box.addEventListener("change", apply);
    apply();
  });
})();

// Upload page: send the text or the file as the request body; show the outcome.
(function uploadForm() {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const out = document.getElementById("upload-result");
  // The server's upload token: from the link `readout serve` prints (#token=...), kept for this tab.
  const given = new URLSearchParams(window.location.hash.slice(1)).get("token");
  if (given) {
    sessionStorage.setItem("readout-token", given);
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  if (form.elements.token) form.elements.token.value = sessionStorage.getItem("readout-token") || "";
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    let body = form.elements.text.value;
    let type = "text/plain; charset=utf-8";
    if (file) {
      body = file;
      type = /\.html?$/i.test(file.name) || file.type === "text/html" ? "text/html" : "text/plain";
    }
    out.className = "upload-result";
    out.textContent = "Coding…";
    try {
      const headers = { "Content-Type": type };
      const token = form.elements.token ? form.elements.token.value.trim() : "";
      if (token) {
        headers.Authorization = `Bearer ${token}`;
        sessionStorage.setItem("readout-token", token);
      }
      const response = await fetch("/api/documents", { method: "POST", headers, body });
      const data = await response.json();
      if (response.ok) {
        out.classList.add("ok");
        out.textContent = `${data.stored ? "Stored" : "Already stored"}: ${data.events} event(s), ${data.stances} stance(s). `;
        const link = document.createElement("a");
        link.href = data.url;
        link.textContent = "Open the document";
        out.appendChild(link);
      } else {
        out.classList.add("refused");
        const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
        out.textContent = `Refused (${response.status}): ${detail}`;
      }
    } catch (err) {
      out.classList.add("refused");
      out.textContent = `Upload failed: ${err}`;
    }
  });
})();
