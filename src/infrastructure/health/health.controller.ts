import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Probe } from '../auth/decorators';
import { StoreHealth } from './store-health';

/**
 * Probes for orchestrators and load balancers, open without a token and not rate-limited (they say
 * nothing personal): `/health/live` — the process serves HTTP; `/health/ready` — it can serve
 * correct answers now (stores reachable, projections live). 200 when up, 503 with the reasons.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly stores: StoreHealth,
  ) {}

  @Get('live')
  @Probe()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @Probe()
  @HealthCheck()
  ready() {
    return this.health.check([() => this.stores.serving(), () => this.stores.eventStore(), () => this.stores.readStore(), () => this.stores.projections()]);
  }
}
