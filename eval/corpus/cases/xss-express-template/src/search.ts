import type { Request, Response } from 'express';
import { searchProducts } from './catalog';

export async function searchPage(req: Request, res: Response): Promise<void> {
  const q = String(req.query.q ?? '');
  const results = await searchProducts(q);
  const items = results.map((p) => `<li>${escapeHtml(p.name)}</li>`).join('');
  res.type('html').send(`<h2>Results for ${q}</h2><ul>${items}</ul>`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
