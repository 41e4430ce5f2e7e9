// The agent desk's few browser-only pieces: preferences, notifications, the offer chime, shortcuts.
window.ccDesk = (() => {
  const prefix = "contactcenter.";
  let audio;

  // Browsers start an audio context suspended until the page gets a click or a key press; a desk
  // opened and set ready from another tab has had neither, and its first offer would be silent.
  function audioContext() {
    try {
      audio ??= new AudioContext();
    } catch { /* No audio output. */ }
    return audio;
  }

  const soundState = () => audioContext()?.state === "running" ? "running" : audio ? "locked" : "unsupported";

  // Offers rise (660, 880 Hz); transfers and invitations go up and back down, so an agent tells them apart.
  const tones = { offer: [660, 880], transfer: [880, 660, 880], invitation: [784, 588, 784, 588] };

  function chime(kind) {
    try {
      // Tones scheduled on a locked context would all play late, at the first click: skip them.
      if (audioContext()?.state !== "running") {
        document.body.dataset.lastChime = "locked";
        return;
      }
      document.body.dataset.lastChime = "played";
      document.body.dataset.lastChimeKind = kind ?? "offer";
      const now = audio.currentTime;
      (tones[kind] ?? tones.offer).forEach((hz, i) => {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = hz;
        gain.gain.setValueAtTime(0.0001, now + i * 0.18);
        gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.18 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.16);
        tone.connect(gain).connect(audio.destination);
        tone.start(now + i * 0.18);
        tone.stop(now + i * 0.18 + 0.17);
      });
    } catch { /* No audio output: the toast still shows. */ }
  }

  return {
    pref: key => localStorage.getItem(prefix + key),
    setPref: (key, value) => localStorage.setItem(prefix + key, value),
    soundState,
    // "default" (not asked yet), "granted", "denied" (blocked in the browser) or "unsupported".
    notifyPermission: () => "Notification" in window ? Notification.permission : "unsupported",
    askToNotify: async () => {
      if ("Notification" in window && Notification.permission === "default") {
        return await Notification.requestPermission();
      }
      return "Notification" in window ? Notification.permission : "unsupported";
    },
    // Tells the desk whether sound is locked, and unlocks it on the first click or key press anywhere.
    watchSound: desk => {
      const context = audioContext();
      const report = () => desk.invokeMethodAsync("OnSoundStateAsync", soundState());
      const unlock = () => context?.resume().then(report, report);
      if (context) {
        context.addEventListener("statechange", report);
        document.addEventListener("pointerdown", unlock, true);
        document.addEventListener("keydown", unlock, true);
      }
      return {
        dispose: () => {
          context?.removeEventListener("statechange", report);
          document.removeEventListener("pointerdown", unlock, true);
          document.removeEventListener("keydown", unlock, true);
        },
      };
    },
    // A browser notification only when the desk is not in view; the chime either way.
    alert: (title, body, withSound, kind) => {
      if (withSound) chime(kind);
      if ("Notification" in window && Notification.permission === "granted" && document.visibilityState !== "visible") {
        const note = new Notification(title, { body, tag: "contactcenter-offer" });
        note.onclick = () => { window.focus(); note.close(); };
      }
      document.body.dataset.lastAlert = title;
    },
    shortcuts: desk => {
      const keys = { a: "accept", x: "reject", arrowdown: "next", arrowup: "previous", n: "next" };
      const onKey = e => {
        const action = e.altKey && !e.ctrlKey && !e.metaKey ? keys[e.key.toLowerCase()] : undefined;
        if (action) {
          e.preventDefault();
          desk.invokeMethodAsync("OnShortcutAsync", action);
        }
      };
      document.addEventListener("keydown", onKey);
      return { dispose: () => document.removeEventListener("keydown", onKey) };
    },
    // Enter sends, Shift+Enter starts a new line; Escape closes the canned list.
    composer: (element, pane) => {
      element?.addEventListener("keydown", e => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          pane.invokeMethodAsync("OnEnterAsync", element.value);
        } else if (e.key === "Escape") {
          pane.invokeMethodAsync("OnEscapeAsync");
        }
      });
    },
    scrollToEnd: element => { if (element) element.scrollTop = element.scrollHeight; },
    focus: element => element?.focus(),
  };
})();

// The inbox's waits grow by the second here, not on the server: a re-render of the whole desk each
// second cost every open desk its render trees over and over. An element with data-since (ms) shows
// the time since then, on the server's clock: the nearest data-now is the server's time at its last
// render, carried forward by the browser's clock since that render, so a skewed browser clock does
// not matter. The format is InboxList.Ago's; the server's own text stands until the first tick.
(() => {
  const seen = new WeakMap();
  const ago = ms => {
    const s = Math.max(0, Math.floor(ms / 1000));
    return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m` : s < 86400 ? `${Math.floor(s / 3600)}h` : `${Math.floor(s / 86400)}d`;
  };
  const serverNow = clock => {
    const rendered = Number(clock.dataset.now);
    let mark = seen.get(clock);
    if (!mark || mark.rendered !== rendered) {
      mark = { rendered, at: Date.now() };
      seen.set(clock, mark);
    }
    return rendered + (Date.now() - mark.at);
  };
  setInterval(() => {
    document.querySelectorAll("[data-now]").forEach(clock => {
      const now = serverNow(clock);
      clock.querySelectorAll("[data-since]").forEach(element => {
        const text = ago(now - Number(element.dataset.since));
        // The text node Blazor rendered, changed in place: replacing it would detach Blazor's own node.
        const node = element.firstChild;
        if (node?.nodeType === Node.TEXT_NODE && node.nodeValue !== text) node.nodeValue = text;
      });
    });
  }, 1000);
})();
