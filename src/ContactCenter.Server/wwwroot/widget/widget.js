// The customer's chat widget. Everything shown comes from the conversation's steps, applied in
// version order (version = last + 1); a gap or a reconnect asks the server for what was missed.
// Text is only ever placed with textContent: whatever a message holds, it is shown, never run.
(function () {
    "use strict";
    const TOKEN_KEY = "contactcenter.customerToken";
    const $ = (selector) => document.querySelector(selector);
    const root = $(".cc-widget");
    const state = { token: localStorage.getItem(TOKEN_KEY), conversationId: null, version: 0, name: "", hub: null, typingTimer: null, retryTimer: null, lastTypingSent: 0, pending: null };

    function show(view) {
        root.dataset.state = view;
        $(".cc-start").hidden = view !== "start";
        $(".cc-chat").hidden = view !== "chat";
    }

    async function api(path, options = {}) {
        const headers = { "content-type": "application/json", ...(options.headers || {}) };
        if (state.token) headers.authorization = "Bearer " + state.token;
        const response = await fetch(path, { ...options, headers });
        const body = response.status === 204 ? null : await response.json().catch(() => null);
        if (!response.ok) {
            const error = new Error(body?.detail || "Something went wrong; please try again.");
            error.status = response.status;
            throw error;
        }
        return body;
    }

    async function boot() {
        const queues = await api("/api/queues");
        const select = $("#cc-queue");
        const wanted = new URLSearchParams(location.search).get("queue");
        for (const queue of queues) {
            const option = document.createElement("option");
            option.value = queue.id;
            option.textContent = queue.description ? `${queue.name} · ${queue.description}` : queue.name;
            option.selected = queue.id === wanted;
            select.append(option);
        }
        if (state.token) {
            try {
                const session = await api("/api/widget/chats/current");
                state.name = session.name;
                $("#cc-name").value = session.name;
                $(".cc-welcome").textContent = `Welcome back, ${session.name}!`;
                if (session.conversationId) return openChat(session);
            } catch (error) {
                if (error.status === 401 || error.status === 404) forgetToken();
            }
        }
        show("start");
    }

    function forgetToken() {
        state.token = null;
        localStorage.removeItem(TOKEN_KEY);
    }

    $(".cc-start").addEventListener("submit", async (event) => {
        event.preventDefault();
        const error = $('[data-testid="start-error"]');
        error.hidden = true;
        try {
            const session = await api("/api/widget/chats", {
                method: "POST",
                body: JSON.stringify({ name: $("#cc-name").value, email: $("#cc-email").value || null, queueId: $("#cc-queue").value }),
            });
            await openChat(session);
        } catch (failure) {
            error.textContent = failure.message;
            error.hidden = false;
        }
    });

    async function openChat(session) {
        state.token = session.customerToken;
        localStorage.setItem(TOKEN_KEY, session.customerToken);
        state.name = session.name;
        state.conversationId = session.conversationId;
        state.version = 0;
        state.pending = null;
        $(".cc-messages").replaceChildren();
        $('[data-testid="rate-form"]').hidden = true;
        $('[data-testid="thanks"]').hidden = true;
        $('[data-testid="new-chat"]').hidden = true;
        show("chat");
        if (state.hub) state.hub.stop();
        const hub = new window.ContactCenterHub("/hubs/customer", () => state.token);
        state.hub = hub;
        hub.on("ConversationEvent", (step) => receive(step));
        hub.on("Typing", (typing) => showTyping(typing));
        hub.on("QueuePosition", (position) => showPosition(position));
        hub.onstate = (connection) => {
            $('[data-testid="connection"]').textContent = connection === "connected" ? "" : "Reconnecting…";
            root.dataset.connection = connection;
            if (connection === "connected") catchUp();
        };
        await hub.start();
    }

    async function catchUp() {
        const missed = await state.hub.invoke("GetEventsSince", state.conversationId, state.version);
        for (const step of missed) apply(step);
        const position = await state.hub.invoke("GetQueuePosition", state.conversationId);
        if (position) showPosition(position);
    }

    function receive(step) {
        if (step.conversationId !== state.conversationId || step.version <= state.version) return;
        if (step.version === state.version + 1) apply(step);
        else catchUp();
    }

    function apply(step) {
        if (step.version !== state.version + 1) return;
        state.version = step.version;
        // The payload names its kind (docs/realtime.md, "The step contract"); staff-only kinds reach the widget as "hidden".
        const p = step.payload;
        switch (p.kind) {
            case "started": setStatus("Waiting for an agent…"); break;
            case "assigned": system(`${p.agentName} joined the chat.`); setStatus(`You are chatting with ${p.agentName}.`); break;
            case "message": message(p.message); break;
            case "pending": setStatus(`${p.byName} is waiting for your answer.`); break;
            case "ended": system(`${p.byName} ended the chat.`); finished(true); break;
            case "resolved": system(`${p.byName} marked your question as resolved.`); finished(true); break;
            case "customer-left": system("You left the chat."); finished(step.status !== "Abandoned"); break;
            case "rated": $('[data-testid="rate-form"]').hidden = true; $('[data-testid="thanks"]').hidden = false; break;
            case "read": markSeen(p.upToMessageId); break;
            case "transfer-accepted": system(`You are now talking to ${p.toAgentName}.`); setStatus(`You are chatting with ${p.toAgentName}.`); break;
            // A move keeps the chat waiting (its new place arrives as a queue position); hidden steps only take their version.
            case "transferred": system("You are being transferred to another team; someone will be with you shortly."); setStatus("Waiting for an agent…"); break;
            case "guest-joined": system(`${p.agentName} joined the chat.`); break;
            case "participant-left":
                system(`${p.agentName} left the chat.`);
                if (p.newOwnerName) { system(`You are now talking to ${p.newOwnerName}.`); setStatus(`You are chatting with ${p.newOwnerName}.`); }
                else if (p.requeued) setStatus("Waiting for an agent…");
                break;
            case "moved-to-queue": case "hidden": break;
            default: console.warn(`ContactCenter widget: step kind "${p.kind}" is not known to this widget.`); break;
        }
    }

    function setStatus(text) { $('[data-testid="status"]').textContent = text; }

    function showPosition(position) {
        if (position.conversationId !== state.conversationId || root.dataset.answered) return;
        const minutes = Math.max(1, Math.round(durationSeconds(position.estimatedWait) / 60));
        setStatus(`Waiting for an agent: you are number ${position.position} in line, about ${minutes} min.`);
    }

    // TimeSpan arrives as "hh:mm:ss" (or "d.hh:mm:ss").
    function durationSeconds(span) {
        const [days, rest] = span.includes(".") && span.indexOf(".") < span.indexOf(":") ? span.split(".") : ["0", span];
        const [h, m, s] = rest.split(":").map(Number);
        return Number(days) * 86400 + h * 3600 + m * 60 + Math.floor(s);
    }

    function message(m) {
        if (m.authorKind === "Agent") {
            root.dataset.answered = "true";
            $('[data-testid="typing"]').hidden = true; // their message is what they were typing
        }
        const existing = document.querySelector(`[data-message-id="${m.id}"]`);
        const item = existing || document.createElement("li");
        item.className = `cc-message cc-${m.authorKind.toLowerCase()}`;
        item.dataset.messageId = m.id;
        item.dataset.testid = "message";
        const author = document.createElement("span");
        author.className = "cc-author";
        author.textContent = m.authorKind === "Customer" ? "You" : m.authorName;
        author.dir = "auto";
        const text = document.createElement("p");
        text.className = "cc-text";
        text.dir = "auto";
        linkify(text, shown(m.text));
        item.replaceChildren(author, text);
        if (!existing) $(".cc-messages").append(item);
        item.scrollIntoView({ block: "end" });
        if (m.authorKind === "Agent" && document.hasFocus()) state.hub.invoke("MarkRead", state.conversationId, m.id).catch(() => { });
    }

    // As the desk shows text (MessageText.Shown): characters that reorder or hide text appear as codes.
    function shown(text) {
        return text.replace(/[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/g,
            c => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
    }

    // Only http(s) addresses become links; everything else stays text nodes.
    function linkify(container, text) {
        const pattern = /https?:\/\/[^\s<>"]+/g;
        let last = 0;
        for (const match of text.matchAll(pattern)) {
            container.append(document.createTextNode(text.slice(last, match.index)));
            const link = document.createElement("a");
            link.href = match[0];
            link.textContent = match[0];
            link.target = "_blank";
            link.rel = "noopener noreferrer nofollow";
            container.append(link);
            last = match.index + match[0].length;
        }
        container.append(document.createTextNode(text.slice(last)));
    }

    function system(text) {
        const item = document.createElement("li");
        item.className = "cc-message cc-system";
        item.textContent = text;
        $(".cc-messages").append(item);
    }

    function markSeen(messageId) {
        document.querySelectorAll(".cc-seen").forEach((seen) => seen.remove());
        const item = document.querySelector(`[data-message-id="${messageId}"]`);
        if (!item) return;
        const seen = document.createElement("span");
        seen.className = "cc-seen";
        seen.dataset.testid = "seen";
        seen.textContent = "Seen";
        item.append(seen);
    }

    function showTyping(typing) {
        const line = $('[data-testid="typing"]');
        line.textContent = `${typing.name} is typing…`;
        line.hidden = !typing.isTyping;
    }

    function finished(canRate) {
        $(".cc-compose").hidden = true;
        $(".cc-leave").hidden = true;
        $('[data-testid="new-chat"]').hidden = false;
        if (canRate && $('[data-testid="thanks"]').hidden) $('[data-testid="rate-form"]').hidden = false;
        setStatus("This chat has ended.");
    }

    $(".cc-compose").addEventListener("submit", async (event) => {
        event.preventDefault();
        const input = $("#cc-text");
        const text = input.value;
        if (!text.trim()) return;
        const error = $('[data-testid="send-error"]');
        error.hidden = true;
        // One id per composed message, kept while the same text is tried again (after a lost
        // acknowledgement the server may have stored it): the server stores it once and answers
        // with the original acknowledgement. Edited text is a new message.
        if (!state.pending || state.pending.text !== text) state.pending = { id: crypto.randomUUID(), text, tries: 0 };
        clearTimeout(state.retryTimer);
        try {
            await state.hub.invoke("SendMessage", state.conversationId, state.pending.id, text);
            state.pending = null;
            input.value = "";
        } catch (failure) {
            // The text stays in the box: nothing typed is lost.
            error.textContent = failure.message;
            error.hidden = false;
            if (failure.code === "unavailable") retryLater(state.pending);
        }
    });

    // The database is away for a moment (a restart, a failover): send the same message again by
    // itself, with the same id so it is stored once, a little later each time, for as long as the
    // customer leaves the text as it was. Past the last try the text waits for them to press Enter.
    const retryDelays = [1000, 2000, 4000, 8000, 15000, 30000, 30000, 30000];
    function retryLater(pending) {
        if (pending.tries >= retryDelays.length) return;
        const error = $('[data-testid="send-error"]');
        error.textContent = "Not sent yet: we cannot save messages right now. Trying again by itself…";
        error.hidden = false;
        state.retryTimer = setTimeout(() => {
            if (state.pending !== pending || $("#cc-text").value !== pending.text) return;
            pending.tries++;
            $(".cc-compose").requestSubmit();
        }, retryDelays[pending.tries]);
    }

    $("#cc-text").addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey) {
            event.preventDefault();
            $(".cc-compose").requestSubmit();
        }
    });

    $("#cc-text").addEventListener("input", () => {
        const now = Date.now();
        if (now - state.lastTypingSent > 2000) {
            state.lastTypingSent = now;
            state.hub.invoke("Typing", state.conversationId, true).catch(() => { });
        }
        clearTimeout(state.typingTimer);
        state.typingTimer = setTimeout(() => {
            state.lastTypingSent = 0;
            state.hub.invoke("Typing", state.conversationId, false).catch(() => { });
        }, 3000);
    });

    $(".cc-leave").addEventListener("click", () => state.hub.invoke("Leave", state.conversationId).catch((e) => alertError(e)));

    let rating = 0;
    document.querySelectorAll(".cc-stars button").forEach((star) => star.addEventListener("click", () => {
        rating = Number(star.dataset.rating);
        document.querySelectorAll(".cc-stars button").forEach((other) => other.classList.toggle("cc-on", Number(other.dataset.rating) <= rating));
    }));

    $('[data-testid="rate-form"]').addEventListener("submit", async (event) => {
        event.preventDefault();
        if (!rating) return alertError(new Error("Pick from 1 to 5 stars."));
        try {
            await state.hub.invoke("Rate", state.conversationId, rating, $("#cc-comment").value || null);
        } catch (failure) {
            alertError(failure);
        }
    });

    $('[data-testid="new-chat"]').addEventListener("click", () => {
        state.hub.stop();
        $(".cc-compose").hidden = false;
        $(".cc-leave").hidden = false;
        delete root.dataset.answered;
        show("start");
    });

    function alertError(failure) {
        const error = $('[data-testid="send-error"]');
        error.textContent = failure.message;
        error.hidden = false;
    }

    boot().catch((failure) => {
        show("start");
        const error = $('[data-testid="start-error"]');
        error.textContent = failure.message;
        error.hidden = false;
    });
})();
