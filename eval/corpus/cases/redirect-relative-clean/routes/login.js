const express = require('express');
const { verifyPassword } = require('../lib/passwords');

const router = express.Router();

function safeNext(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return value;
}

router.post('/login', async (req, res) => {
  const user = await verifyPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Wrong email or password' });
  req.session.userId = user.id;
  res.redirect(safeNext(req.query.next));
});

module.exports = router;
