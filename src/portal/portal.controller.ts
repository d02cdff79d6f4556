import { Controller, Get, Header, Module } from '@nestjs/common';
import { Public } from '@infrastructure/auth/decorators';
import { SKM_UNSUR, SKM_UNSUR_LABELS } from '@modules/public-feedback';
import { portalScript } from './portal-client';
import { PORTAL_HTML } from './portal-page';
import { PORTAL_CSS } from './portal-style';

const PORTAL_JS = portalScript(SKM_UNSUR.map((u) => [u, SKM_UNSUR_LABELS[u]] as [string, string]));

/**
 * The public portal at `/` (ARCHITECTURE.md §6b): one page, one stylesheet, one script, all served by
 * this app (no CDN), talking to the public GraphQL API only.
 */
@Controller()
export class PortalController {
  @Get()
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  page(): string {
    return PORTAL_HTML;
  }

  @Get('portal/portal.js')
  @Public()
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  script(): string {
    return PORTAL_JS;
  }

  @Get('portal/portal.css')
  @Public()
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  style(): string {
    return PORTAL_CSS;
  }
}

@Module({ controllers: [PortalController] })
export class PortalModule {}
