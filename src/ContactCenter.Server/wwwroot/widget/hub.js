// A small client of SignalR's JSON hub protocol over a WebSocket, with no dependency: the widget
// must load fast on any site. It invokes methods (the returned promise is the server's
// acknowledgement), receives server calls, keeps the connection alive with pings, and reconnects
// with back-off; after a reconnect the widget asks for what it missed by version.
(function () {
    "use strict";
    const SEP = "\u001e";

    class HubClient {
        constructor(url, tokenProvider) {
            this.url = url;
            this.tokenProvider = tokenProvider;
            this.handlers = {};
            this.pending = new Map();
            this.nextId = 1;
            this.socket = null;
            this.stopped = false;
            this.attempt = 0;
            this.onstate = () => { };
        }

        on(target, handler) { this.handlers[target.toLowerCase()] = handler; }

        start() {
            this.stopped = false;
            return this.connect();
        }

        stop() {
            this.stopped = true;
            if (this.socket) this.socket.close();
        }

        invoke(target, ...args) {
            if (!this.socket || this.socket.readyState !== WebSocket.OPEN) {
                return Promise.reject(new Error("Not connected: your message was kept, send it again in a moment."));
            }
            const invocationId = String(this.nextId++);
            const promise = new Promise((resolve, reject) => this.pending.set(invocationId, { resolve, reject }));
            this.socket.send(JSON.stringify({ type: 1, invocationId, target, arguments: args }) + SEP);
            return promise;
        }

        connect() {
            return new Promise((resolve) => {
                const address = new URL(this.url, window.location.href);
                address.protocol = address.protocol === "https:" ? "wss:" : "ws:";
                address.searchParams.set("access_token", this.tokenProvider());
                const socket = new WebSocket(address);
                this.socket = socket;
                let handshaken = false;
                socket.onopen = () => socket.send(JSON.stringify({ protocol: "json", version: 1 }) + SEP);
                socket.onmessage = (event) => {
                    for (const frame of String(event.data).split(SEP)) {
                        if (!frame) continue;
                        const message = JSON.parse(frame);
                        if (!handshaken) {
                            handshaken = true;
                            if (message.error) { this.onstate("failed", message.error); return; }
                            this.attempt = 0;
                            this.ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify({ type: 6 }) + SEP), 15000);
                            this.onstate("connected");
                            resolve();
                            continue;
                        }
                        this.dispatch(message);
                    }
                };
                socket.onclose = () => {
                    clearInterval(this.ping);
                    for (const { reject } of this.pending.values()) reject(new Error("The connection dropped; trying again."));
                    this.pending.clear();
                    if (this.stopped) return;
                    this.onstate("reconnecting");
                    const delay = Math.min(30000, 500 * 2 ** this.attempt++);
                    setTimeout(() => this.connect().then(resolve), delay);
                };
            });
        }

        dispatch(message) {
            if (message.type === 1) {
                const handler = this.handlers[message.target.toLowerCase()];
                if (handler) handler(...(message.arguments || []));
            } else if (message.type === 3) {
                const call = this.pending.get(message.invocationId);
                if (!call) return;
                this.pending.delete(message.invocationId);
                if (message.error) call.reject(HubClient.toError(message.error));
                else call.resolve(message.result);
            } else if (message.type === 7 && message.error) {
                this.onstate("closed", message.error);
            }
        }

        // "An unexpected error occurred invoking 'X' on the server. HubException: code: sentence"
        // becomes an Error with .code "code" and the sentence as its message.
        static toError(error) {
            const marker = "HubException: ";
            const at = error.indexOf(marker);
            const ours = at >= 0 ? error.slice(at + marker.length) : "Something went wrong; please try again.";
            const colon = ours.indexOf(": ");
            const coded = colon > 0 && /^[a-z-]+$/.test(ours.slice(0, colon));
            const result = new Error(coded ? ours.slice(colon + 2) : ours);
            result.code = coded ? ours.slice(0, colon) : "error";
            return result;
        }
    }

    window.ContactCenterHub = HubClient;
})();
