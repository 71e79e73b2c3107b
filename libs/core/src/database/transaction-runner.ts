import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from '../events/domain-event';

/** A unit of work: the entity manager of one transaction and the events raised in it. */
export class Tx {
  readonly events: DomainEvent[] = [];
  constructor(readonly em: EntityManager) {}

  emit(event: DomainEvent): void {
    this.events.push(event);
  }
}

/**
 * Joins a transaction just before it commits, with every event raised in it: what it writes
 * commits or rolls back with the change itself (the audit log, the outbox).
 */
export interface TransactionParticipant {
  beforeCommit(em: EntityManager, events: readonly DomainEvent[]): Promise<void>;
}

/** Runs after a successful commit (wake-ups, cache invalidation); failures are only logged. */
export interface CommitListener {
  afterCommit(events: readonly DomainEvent[]): Promise<void> | void;
}

@Injectable()
export class TransactionRunner {
  private readonly participants: TransactionParticipant[] = [];
  private readonly listeners: CommitListener[] = [];

  constructor(private readonly dataSource: DataSource) {}

  registerParticipant(participant: TransactionParticipant): void {
    this.participants.push(participant);
  }

  registerCommitListener(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let events: DomainEvent[] = [];
    const result = await this.dataSource.transaction(async (em) => {
      const tx = new Tx(em);
      const value = await work(tx);
      if (tx.events.length > 0) {
        for (const participant of this.participants) {
          await participant.beforeCommit(em, tx.events);
        }
      }
      events = tx.events;
      return value;
    });
    for (const listener of this.listeners) {
      try {
        await listener.afterCommit(events);
      } catch {
        // a listener must never undo a committed change; it logs its own failures
      }
    }
    return result;
  }

  /** Records events that change nothing else (a denial, a failed login) in their own transaction. */
  async record(...events: DomainEvent[]): Promise<void> {
    await this.run(async (tx) => {
      events.forEach((e) => tx.emit(e));
    });
  }
}
