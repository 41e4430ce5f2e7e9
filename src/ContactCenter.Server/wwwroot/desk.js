// The agent desk's few browser-only pieces: preferences, notifications, the offer chime, shortcuts.
window.ccDesk = (() => {
  const prefix = "contactcenter.";
  let audio;

  function chime() {
    try {
      audio ??= new AudioContext();
      const now = audio.currentTime;
      [660, 880].forEach((hz, i) => {
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
    askToNotify: async () => {
      if ("Notification" in window && Notification.permission === "default") {
        await Notification.requestPermission();
      }
    },
    // A browser notification only when the desk is not in view; the chime either way.
    alert: (title, body, withSound) => {
      if (withSound) chime();
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
