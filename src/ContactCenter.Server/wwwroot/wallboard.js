// The wallboard's wall mode heals itself: Blazor reconnects after a short drop and reloads the page
// when the server lost the circuit (a restart); when its reconnect attempts run out (the server
// was away too long) this waits for the server to answer again and reloads.
window.ccWallboard = {
  healOnCircuitLoss: () => {
    if (window.ccWallboard.healing) return;
    window.ccWallboard.healing = true;
    const waitAndReload = async () => {
      for (;;) {
        try {
          const answer = await fetch("/health/live", { cache: "no-store" });
          if (answer.ok) { location.reload(); return; }
        } catch { /* still away */ }
        await new Promise(r => setTimeout(r, 5000));
      }
    };
    const lost = el => el && el.id === "components-reconnect-modal" &&
      /components-reconnect-(failed|rejected)/.test(el.className || "");
    let reloading = false;
    new MutationObserver(records => {
      if (reloading) return;
      if (records.some(r => lost(r.target)) || lost(document.getElementById("components-reconnect-modal"))) {
        reloading = true;
        waitAndReload();
      }
    }).observe(document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ["class"] });
    document.addEventListener("components-reconnect-state-changed", e => {
      const state = e.detail && e.detail.state;
      if (!reloading && (state === "failed" || state === "rejected")) { reloading = true; waitAndReload(); }
    });
  }
};
