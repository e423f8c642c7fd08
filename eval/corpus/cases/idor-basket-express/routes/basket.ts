import type { Request, Response } from 'express';
import { BasketModel } from '../models/basket';
import { ProductModel } from '../models/product';

export function retrieveBasket() {
  return async (req: Request, res: Response) => {
    const id = req.params.id;
    const basket = await BasketModel.findOne({ where: { id }, include: [{ model: ProductModel }] });
    if (!basket) return res.status(404).json({ status: 'error' });
    res.json({ status: 'success', data: basket });
  };
}
