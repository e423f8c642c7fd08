const crypto = require('crypto');

function backoffMs(attempt) {
  const base = Math.min(30000, 250 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

function requestId() {
  return crypto.randomBytes(16).toString('hex');
}

async function withRetry(fn, attempts = 5) {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i + 1 >= attempts) throw err;
      await new Promise((r) => setTimeout(r, backoffMs(i)));
    }
  }
}

module.exports = { withRetry, requestId };
