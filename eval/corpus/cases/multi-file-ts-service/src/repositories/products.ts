import { pool } from '../db/pool';

const PAGE_SIZE = 25;

export async function listProducts(sort: string, page: number) {
  const offset = (page - 1) * PAGE_SIZE;
  const { rows } = await pool.query(
    `SELECT id, name, price FROM products ORDER BY ${sort} LIMIT $1 OFFSET $2`,
    [PAGE_SIZE, offset],
  );
  return rows;
}
