const path = require('path');

const REPORT_DIR = path.join(__dirname, '..', 'storage', 'reports');
const REPORTS = {
  monthly: 'monthly-summary.pdf',
  quarterly: 'quarterly-summary.pdf',
  annual: 'annual-report.pdf',
};

module.exports = function registerReports(app, requireLogin) {
  app.get('/reports/:kind', requireLogin, (req, res) => {
    const file = Object.prototype.hasOwnProperty.call(REPORTS, req.params.kind)
      ? REPORTS[req.params.kind]
      : undefined;
    if (!file) return res.status(404).end();
    res.sendFile(path.join(REPORT_DIR, file));
  });
};
