/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { FieldRow, FieldValue } from '../Redacted';

// What a redacted field looks like: 非表示 with its explanation, never the value, never blank.
describe('FieldValue / FieldRow', () => {
  it('shows 非表示 with a tooltip, reachable by keyboard, and never the value it was handed', () => {
    const obj = { redactedFields: ['accountNumber'] };
    const { container } = render(<FieldValue obj={obj} field="accountNumber">7301245</FieldValue>);
    expect(container.textContent).toContain('非表示');
    expect(container.textContent).not.toContain('7301245');
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toBe('この項目は貴機関には表示されません');
    const marker = container.querySelector('[data-redacted="true"]')!;
    expect(marker.getAttribute('tabindex')).toBe('0');
    expect(marker.getAttribute('aria-describedby')).toBe(tip.id);
  });

  it('shows a readable value as given, and a readable empty value as a dash (not as 非表示)', () => {
    const obj = { redactedFields: ['other'] };
    const { container, rerender } = render(<FieldValue obj={obj} field="accountNumber">7301245</FieldValue>);
    expect(container.textContent).toBe('7301245');
    rerender(<FieldValue obj={obj} field="accountNumber">{''}</FieldValue>);
    expect(container.textContent).toBe('—');
    expect(container.querySelector('[data-redacted]')).toBeNull();
  });

  it('keeps a masked value (the server masked it) as it came', () => {
    const { container } = render(<FieldValue obj={{ redactedFields: [] }} field="residenceCardNumber">RZ****23QX</FieldValue>);
    expect(container.textContent).toBe('RZ****23QX');
  });

  it('labels a row with its field, redacted or not', () => {
    const { container } = render(
      <dl>
        <FieldRow label="口座番号" obj={{ redactedFields: ['accountNumber'] }} field="accountNumber">7301245</FieldRow>
      </dl>,
    );
    const row = container.querySelector('[data-field="accountNumber"]')!;
    expect(row.querySelector('dt')!.textContent).toBe('口座番号');
    expect(row.querySelector('dd')!.textContent).toContain('非表示');
    expect(row.textContent).not.toContain('7301245');
  });
});
