const express = require('express');
const { verifyPassword } = require('../lib/passwords');

const router = express.Router();

router.post('/login', async (req, res) => {
  const user = await verifyPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Wrong email or password' });
  req.session.userId = user.id;
  res.redirect(req.query.next || '/');
});

module.exports = router;
