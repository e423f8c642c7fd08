const express = require('express');
const db = require('../db');

const router = express.Router();

// GET /users?id=42 — the profile page's data
router.get('/users', async (req, res, next) => {
  try {
    const id = req.query.id;
    const rows = await db.query('SELECT id, name, email FROM users WHERE id = ' + id);
    if (rows.length === 0) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
