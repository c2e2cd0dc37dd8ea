// The router's HTTP API (same origin): accounts, conversations, history.

/** An HTTP API error: `code` is the router's VOX_… code. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class Api {
  constructor(token = null) {
    this.token = token;
  }

  async call(method, path, body) {
    const headers = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let res;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiError(0, 'NETWORK', `network error: ${err.message}`);
    }
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const error = json.error ?? {};
      throw new ApiError(res.status, error.code ?? 'HTTP', error.message ?? `HTTP ${res.status}`);
    }
    return json;
  }

  signup(username, password) {
    return this.call('POST', '/v1/signup', { username, password });
  }

  login(username, password) {
    return this.call('POST', '/v1/login', { username, password });
  }

  logout() {
    return this.call('POST', '/v1/logout');
  }

  async conversations() {
    return (await this.call('GET', '/v1/conversations')).conversations;
  }

  createConversation(usernames, name) {
    return this.call(
      'POST',
      '/v1/conversations',
      name ? { with: usernames, name } : { with: usernames },
    );
  }

  conversation(id) {
    return this.call('GET', `/v1/conversations/${encodeURIComponent(id)}`);
  }

  /** The conversation is read: the router's unread count for it goes to 0. */
  markRead(id) {
    return this.call('POST', `/v1/conversations/${encodeURIComponent(id)}/read`);
  }

  /** Headers, newest first. */
  async messages(conversationId, limit = 50) {
    const path = `/v1/conversations/${encodeURIComponent(conversationId)}/messages?limit=${limit}`;
    return (await this.call('GET', path)).messages;
  }

  /** URL an <audio> element can play (the token rides in the query). */
  audioUrl(messageId) {
    return `/v1/messages/${encodeURIComponent(messageId)}/audio?access_token=${encodeURIComponent(this.token)}`;
  }
}
