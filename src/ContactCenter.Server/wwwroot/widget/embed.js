// Paste into any page: <script src="https://YOUR-CONTACTCENTER/widget/embed.js" data-queue="sales" async></script>
// Adds a chat button that opens the widget in a frame, so the site's own scripts and styles never touch it.
(function () {
    "use strict";
    const script = document.currentScript;
    const origin = new URL(script.src).origin;
    const queue = script.dataset.queue ? `?queue=${encodeURIComponent(script.dataset.queue)}` : "";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Chat with us";
    button.setAttribute("style", "position:fixed;right:20px;bottom:20px;z-index:2147483646;padding:12px 18px;border:0;border-radius:24px;background:#1565c0;color:#fff;font:15px sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)");
    const frame = document.createElement("iframe");
    frame.title = "Chat with us";
    frame.src = `${origin}/widget/${queue}`;
    frame.setAttribute("style", "position:fixed;right:20px;bottom:76px;z-index:2147483647;width:380px;height:560px;max-height:calc(100vh - 96px);border:0;border-radius:12px;box-shadow:0 4px 20px rgba(0,0,0,.25);display:none;background:#fff");
    button.addEventListener("click", () => { frame.style.display = frame.style.display === "none" ? "block" : "none"; });
    document.body.append(frame, button);
})();
