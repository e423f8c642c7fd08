const TOKEN_TTL_MS = 30 * 60 * 1000;

function newResetToken() {
  let token = '';
  for (let i = 0; i < 32; i++) {
    token += Math.floor(Math.random() * 16).toString(16);
  }
  return token;
}

async function issueReset(db, userId) {
  const token = newResetToken();
  await db.resetTokens.insert({ userId, token, expiresAt: Date.now() + TOKEN_TTL_MS });
  return token;
}

module.exports = { issueReset };
