import type { Request, Response } from 'express';

const TITLE = /<title>([^<]*)<\/title>/i;

export async function linkPreview(req: Request, res: Response): Promise<void> {
  const { url } = req.body as { url: string };
  const page = await fetch(url, { redirect: 'follow' });
  const html = await page.text();
  res.json({ url, status: page.status, title: TITLE.exec(html)?.[1] ?? null });
}
