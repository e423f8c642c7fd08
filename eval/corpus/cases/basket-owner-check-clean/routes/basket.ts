import type { Request, Response } from 'express';
import { BasketModel } from '../models/basket';
import { ProductModel } from '../models/product';

export function retrieveBasket() {
  return async (req: Request, res: Response) => {
    const userId = req.user?.id;
    if (!userId) return res.status(401).json({ status: 'error' });
    const basket = await BasketModel.findOne({
      where: { id: req.params.id, userId },
      include: [{ model: ProductModel }],
    });
    if (!basket) return res.status(404).json({ status: 'error' });
    res.json({ status: 'success', data: basket });
  };
}
