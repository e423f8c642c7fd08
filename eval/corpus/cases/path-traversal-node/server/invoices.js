const path = require('path');
const fs = require('fs');

const INVOICE_DIR = path.join(__dirname, '..', 'storage', 'invoices');

module.exports = function registerInvoices(app, requireLogin) {
  app.get('/invoices/:file', requireLogin, (req, res) => {
    const file = path.join(INVOICE_DIR, req.params.file);
    fs.createReadStream(file)
      .on('error', () => res.status(404).end())
      .pipe(res.type('application/pdf'));
  });
};
