import { Controller, Get, Header, Inject, NotFoundException, Req } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Probe } from '../auth/decorators';
import { Metrics } from './metrics';

/**
 * `/metrics` in the Prometheus text format. Never public: a scrape must come from an allowed address
 * (METRICS_ALLOW_FROM, loopback by default) or carry `Authorization: Bearer <METRICS_TOKEN>`.
 * Anyone else gets 404, as if there were nothing here.
 */
@Controller('metrics')
export class MetricsController {
  private readonly allowed = new BlockList();

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    for (const entry of config.metrics.allowFrom) {
      const [address, prefix] = entry.split('/');
      const family = isIPv4(address) ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.allowed.addAddress(address, family);
      else this.allowed.addSubnet(address, Number(prefix), family);
    }
  }

  @Get()
  @Probe()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Req() request: Request): Promise<string> {
    if (!this.mayScrape(request)) throw new NotFoundException();
    return this.metrics.render();
  }

  private mayScrape(request: Request): boolean {
    const token = this.config.metrics.token;
    const header = request.headers.authorization;
    if (token && typeof header === 'string' && header.startsWith('Bearer ')) {
      const given = Buffer.from(header.slice('Bearer '.length));
      const expected = Buffer.from(token);
      if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
    }
    const raw = request.socket.remoteAddress ?? '';
    const address = raw.startsWith('::ffff:') ? raw.slice('::ffff:'.length) : raw;
    return address !== '' && this.allowed.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
  }
}
