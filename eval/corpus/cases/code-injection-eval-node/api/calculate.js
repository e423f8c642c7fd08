module.exports = function calculate(req, res) {
  const expression = String(req.body.expression || '');
  if (expression.length > 200) return res.status(413).end();
  try {
    const value = eval(expression);
    res.json({ value });
  } catch (err) {
    res.status(400).json({ error: 'invalid expression' });
  }
};
