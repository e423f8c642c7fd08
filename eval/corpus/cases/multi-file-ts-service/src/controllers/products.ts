import type { Request, Response } from 'express';
import { listProducts } from '../repositories/products';

export async function products(req: Request, res: Response): Promise<void> {
  const sort = typeof req.query.sort === 'string' ? req.query.sort : 'name';
  const page = Math.max(1, Number(req.query.page) || 1);
  res.json(await listProducts(sort, page));
}
