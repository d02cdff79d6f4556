import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * What a graceful shutdown needs to know while the process still serves: whether it is draining
 * (readiness answers 503 from then on, so the load balancer stops sending traffic) and how many HTTP
 * requests are still running (each may be a command that must finish and be answered).
 */
@Injectable()
export class ShutdownState {
  private since?: Date;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  get draining(): boolean {
    return this.since !== undefined;
  }

  get drainingSince(): Date | undefined {
    return this.since;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  beginDraining(): void {
    this.since ??= new Date();
  }

  /** Express middleware: counts the request until its response is finished or its connection gone. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight++;
    // A keep-alive client is told to reconnect, which it then does to another instance.
    if (this.draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      this.inFlight--;
      if (this.inFlight === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
    });
    next();
  };

  /** Resolves true once no request is running, false when `timeoutMs` passed first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
