// Report queries for the finance dashboard: one function per report, all read-only.
const crypto = require('crypto');

const MAX_ROWS = 500;

function toDate(value) {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error('invalid date: ' + value);
  return d;
}

async function dailyInvoicesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM invoices WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyInvoicesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM invoices WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyInvoicesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM invoices WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyInvoicesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM invoices WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyInvoicesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM invoices WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyPaymentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyPaymentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyPaymentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyPaymentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyPaymentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyRefundsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM refunds WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyRefundsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM refunds WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyRefundsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM refunds WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyRefundsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM refunds WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyRefundsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM refunds WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyOrdersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM orders WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyOrdersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM orders WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyOrdersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM orders WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyOrdersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM orders WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyOrdersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM orders WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyShipmentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM shipments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyShipmentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM shipments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyShipmentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM shipments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyShipmentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM shipments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyShipmentsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM shipments WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyReturnsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM returns WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyReturnsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM returns WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyReturnsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM returns WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyReturnsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM returns WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyReturnsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM returns WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyCustomersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM customers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyCustomersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM customers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyCustomersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM customers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyCustomersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM customers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyCustomersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM customers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailySubscriptionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM subscriptions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklySubscriptionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM subscriptions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlySubscriptionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM subscriptions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlySubscriptionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM subscriptions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlySubscriptionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM subscriptions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyCouponsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM coupons WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyCouponsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM coupons WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyCouponsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM coupons WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyCouponsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM coupons WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyCouponsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM coupons WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyProductsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM products WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyProductsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM products WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyProductsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM products WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyProductsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM products WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyProductsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM products WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailySuppliersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM suppliers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklySuppliersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM suppliers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlySuppliersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM suppliers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlySuppliersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM suppliers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlySuppliersReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM suppliers WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyWarehousesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM warehouses WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyWarehousesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM warehouses WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyWarehousesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM warehouses WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyWarehousesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM warehouses WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyWarehousesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM warehouses WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyStockMovesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM stock_moves WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyStockMovesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM stock_moves WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyStockMovesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM stock_moves WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyStockMovesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM stock_moves WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyStockMovesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM stock_moves WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyTicketsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM tickets WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyTicketsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM tickets WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyTicketsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM tickets WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyTicketsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM tickets WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyTicketsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM tickets WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyReviewsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM reviews WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyReviewsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM reviews WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyReviewsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM reviews WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyReviewsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM reviews WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyReviewsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM reviews WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyCartsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM carts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyCartsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM carts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyCartsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM carts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyCartsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM carts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyCartsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM carts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailySessionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM sessions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklySessionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM sessions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlySessionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM sessions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlySessionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM sessions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlySessionsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM sessions WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyAuditsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM audits WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyAuditsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM audits WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyAuditsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM audits WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyAuditsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM audits WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyAuditsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM audits WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyPayoutsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payouts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyPayoutsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payouts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyPayoutsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payouts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyPayoutsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payouts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyPayoutsReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM payouts WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function dailyDisputesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM disputes WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function weeklyDisputesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM disputes WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function monthlyDisputesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM disputes WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function quarterlyDisputesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM disputes WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

async function yearlyDisputesReport(db, params) {
  const from = toDate(params.from);
  const to = toDate(params.to);
  const { rows } = await db.query(
    'SELECT id, customer_id, total, created_at FROM disputes WHERE created_at BETWEEN $1 AND $2 ORDER BY created_at',
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, customer: r.customer_id, total: Number(r.total), at: r.created_at.toISOString() }));
}

function exportSignature(reportName, generatedAt) {
  // Signs the download link of an exported report.
  return crypto.createHash('md5').update(reportName + ':' + generatedAt + ':' + process.env.EXPORT_SALT).digest('hex');
}

module.exports = {
  dailyInvoicesReport,
  weeklyInvoicesReport,
  monthlyInvoicesReport,
  quarterlyInvoicesReport,
  yearlyInvoicesReport,
  dailyPaymentsReport,
  weeklyPaymentsReport,
  monthlyPaymentsReport,
  quarterlyPaymentsReport,
  yearlyPaymentsReport,
  dailyRefundsReport,
  weeklyRefundsReport,
  monthlyRefundsReport,
  quarterlyRefundsReport,
  yearlyRefundsReport,
  dailyOrdersReport,
  weeklyOrdersReport,
  monthlyOrdersReport,
  quarterlyOrdersReport,
  yearlyOrdersReport,
  dailyShipmentsReport,
  weeklyShipmentsReport,
  monthlyShipmentsReport,
  quarterlyShipmentsReport,
  yearlyShipmentsReport,
  dailyReturnsReport,
  weeklyReturnsReport,
  monthlyReturnsReport,
  quarterlyReturnsReport,
  yearlyReturnsReport,
  dailyCustomersReport,
  weeklyCustomersReport,
  monthlyCustomersReport,
  quarterlyCustomersReport,
  yearlyCustomersReport,
  dailySubscriptionsReport,
  weeklySubscriptionsReport,
  monthlySubscriptionsReport,
  quarterlySubscriptionsReport,
  yearlySubscriptionsReport,
  dailyCouponsReport,
  weeklyCouponsReport,
  monthlyCouponsReport,
  quarterlyCouponsReport,
  yearlyCouponsReport,
  dailyProductsReport,
  weeklyProductsReport,
  monthlyProductsReport,
  quarterlyProductsReport,
  yearlyProductsReport,
  dailySuppliersReport,
  weeklySuppliersReport,
  monthlySuppliersReport,
  quarterlySuppliersReport,
  yearlySuppliersReport,
  dailyWarehousesReport,
  weeklyWarehousesReport,
  monthlyWarehousesReport,
  quarterlyWarehousesReport,
  yearlyWarehousesReport,
  dailyStockMovesReport,
  weeklyStockMovesReport,
  monthlyStockMovesReport,
  quarterlyStockMovesReport,
  yearlyStockMovesReport,
  dailyTicketsReport,
  weeklyTicketsReport,
  monthlyTicketsReport,
  quarterlyTicketsReport,
  yearlyTicketsReport,
  dailyReviewsReport,
  weeklyReviewsReport,
  monthlyReviewsReport,
  quarterlyReviewsReport,
  yearlyReviewsReport,
  dailyCartsReport,
  weeklyCartsReport,
  monthlyCartsReport,
  quarterlyCartsReport,
  yearlyCartsReport,
  dailySessionsReport,
  weeklySessionsReport,
  monthlySessionsReport,
  quarterlySessionsReport,
  yearlySessionsReport,
  dailyAuditsReport,
  weeklyAuditsReport,
  monthlyAuditsReport,
  quarterlyAuditsReport,
  yearlyAuditsReport,
  dailyPayoutsReport,
  weeklyPayoutsReport,
  monthlyPayoutsReport,
  quarterlyPayoutsReport,
  yearlyPayoutsReport,
  dailyDisputesReport,
  weeklyDisputesReport,
  monthlyDisputesReport,
  quarterlyDisputesReport,
  yearlyDisputesReport,
  exportSignature,
  MAX_ROWS,
};
