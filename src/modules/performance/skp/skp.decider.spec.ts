import { deciderSpec } from '@kernel/testing/decider-spec';
import { skpDecider } from './skp.decider';
import { SkpEvent } from './skp.events';
import { AT, content, derivedKabid, draftCommand, drafted, kabid, kadis, superiorApproved, superiorDraft, unresolved, vacantKabid, waliKota } from './testing/skp.fixtures';

const spec = deciderSpec(skpDecider);
const submitted: SkpEvent = { type: 'performance.SkpSubmitted', data: { skpId: 'emp-ani.2026', submittedBy: 'emp-ani', submittedAt: AT } };
const submit = { type: 'SubmitSkp' as const, by: 'emp-ani', derived: derivedKabid, superior: superiorDraft, unitPlan: null, at: AT };
const approve = { type: 'ApproveSkp' as const, by: 'emp-kabid', derived: derivedKabid, superior: superiorApproved, at: AT };
const withRhk = (changes: Partial<(typeof content.rhk)[number]>, index = 0) => ({ ...content, rhk: content.rhk.map((r, i) => (i === index ? { ...r, ...changes } : r)) });

describe('SKP decider (PermenPANRB 6/2022)', () => {
  describe('drafting', () => {
    it('drafts the plan with the appraisers derived from the tree', () => {
      spec.given([]).when(draftCommand).then([drafted]);
    });

    it('revises a draft, and a returned SKP', () => {
      const returned: SkpEvent = { type: 'performance.SkpReturned', data: { skpId: 'emp-ani.2026', returnedBy: 'emp-kabid', notes: 'Perbaiki target', returnedAt: AT } };
      const revised: SkpEvent = { type: 'performance.SkpRevised', data: { skpId: 'emp-ani.2026', ...content, revisedAt: AT } };
      spec.given([drafted]).when(draftCommand).then([revised]);
      spec.given([drafted, submitted, returned]).when(draftCommand).then([revised]);
    });

    it('refuses to change a submitted or approved SKP', () => {
      spec.given([drafted, submitted]).when(draftCommand).thenViolates('PERFORMANCE.SKP_NOT_EDITABLE');
    });

    it('needs an RHK utama, text and IKI for every RHK, one aspek once, and all seven BerAKHLAK values', () => {
      spec.given([]).when({ ...draftCommand, content: { ...content, rhk: [content.rhk[1]] } }).thenViolates('PERFORMANCE.RHK_UTAMA_REQUIRED');
      spec.given([]).when({ ...draftCommand, content: withRhk({ rencanaKinerja: '  ' }) }).thenViolates('PERFORMANCE.RHK_TEXT_REQUIRED');
      spec.given([]).when({ ...draftCommand, content: withRhk({ indikator: [] }) }).thenViolates('PERFORMANCE.RHK_INDIKATOR_REQUIRED');
      spec.given([]).when({ ...draftCommand, content: withRhk({ indikator: [content.rhk[0].indikator[0], content.rhk[0].indikator[0]] }) }).thenViolates('PERFORMANCE.RHK_ASPEK_DUPLICATE');
      spec.given([]).when({ ...draftCommand, content: withRhk({ rhkId: 't1' }) }).thenViolates('PERFORMANCE.RHK_ID_DUPLICATE');
      spec.given([]).when({ ...draftCommand, content: { ...content, perilaku: content.perilaku.slice(1) } }).thenViolates('PERFORMANCE.PERILAKU_INCOMPLETE');
    });

    it("refuses an intervensi in an RHK that is not in the pejabat penilai's SKP", () => {
      spec.given([]).when({ ...draftCommand, content: withRhk({ intervensi: [{ skpId: 'emp-kabid.2026', rhkId: 'k9' }] }) }).thenViolates('PERFORMANCE.INTERVENSI_UNKNOWN');
      spec.given([]).when({ ...draftCommand, superior: null }).thenViolates('PERFORMANCE.INTERVENSI_UNKNOWN');
    });
  });

  describe('submitting (the cascade)', () => {
    it('submits when every RHK utama intervenes in an RHK of the appraiser', () => {
      spec.given([drafted]).when(submit).then([submitted]);
    });

    it('refuses an RHK utama without intervensi (orphan)', () => {
      const orphan = { ...drafted, data: { ...drafted.data, rhk: withRhk({ intervensi: [] }).rhk } };
      spec.given([orphan]).when(submit).thenViolates('PERFORMANCE.CASCADE_LINK_REQUIRED');
    });

    it("exempts a JPT's RHK utama, who leads from the unit's targets", () => {
      const jpt = { ...drafted, data: { ...drafted.data, jenisJabatan: 'JPT_PRATAMA', rhk: withRhk({ intervensi: [] }).rhk, pejabatPenilai: waliKota } };
      spec.given([jpt]).when({ ...submit, derived: { pejabatPenilai: waliKota, atasanPejabatPenilai: unresolved }, superior: null }).events();
    });

    it('refuses when the superior RHK was withdrawn since the draft', () => {
      spec.given([drafted]).when({ ...submit, superior: { ...superiorDraft, rhkIds: ['k2'] } }).thenViolates('PERFORMANCE.INTERVENSI_UNKNOWN');
    });

    it('refuses a vacant or unresolved pejabat penilai (ADMIN_BKD must name one)', () => {
      spec.given([drafted]).when({ ...submit, derived: { pejabatPenilai: vacantKabid, atasanPejabatPenilai: kadis } }).thenViolates('PERFORMANCE.APPRAISER_VACANT');
      spec.given([drafted]).when({ ...submit, derived: { pejabatPenilai: unresolved, atasanPejabatPenilai: unresolved } }).thenViolates('PERFORMANCE.APPRAISER_UNRESOLVED');
    });

    it('re-derives the appraiser when the organisation changed (a Plt now heads the bidang)', () => {
      const plt = { ...kabid, employeeId: 'emp-plt', name: 'Plt Kabid', acting: 'PLT' };
      const events = spec.given([drafted]).when({ ...submit, derived: { pejabatPenilai: plt, atasanPejabatPenilai: kadis }, superior: { ...superiorDraft, skpId: 'emp-plt.2026' } });
      // The links name the old kabid's SKP, which is no longer the appraiser's.
      events.thenViolates('PERFORMANCE.INTERVENSI_UNKNOWN');
      const unlinked = { ...drafted, data: { ...drafted.data, rhk: [drafted.data.rhk[1], { ...drafted.data.rhk[0], intervensi: [{ skpId: 'emp-plt.2026', rhkId: 'k1' }] }] } };
      expect(spec.given([unlinked]).when({ ...submit, derived: { pejabatPenilai: plt, atasanPejabatPenilai: kadis }, superior: { ...superiorDraft, skpId: 'emp-plt.2026' } }).events().map((e) => e.type)).toEqual([
        'performance.SkpAppraiserDerived',
        'performance.SkpSubmitted',
      ]);
    });
  });

  describe('approval order and returns', () => {
    it("approves after the pejabat penilai's own SKP is approved", () => {
      spec.given([drafted, submitted]).when(approve).then([{ type: 'performance.SkpApproved', data: { skpId: 'emp-ani.2026', approvedBy: 'emp-kabid', superiorSkpId: 'emp-kabid.2026', approvedAt: AT } }]);
    });

    it("refuses approval before the superior's SKP is approved, or when it does not exist", () => {
      spec.given([drafted, submitted]).when({ ...approve, superior: superiorDraft }).thenViolates('PERFORMANCE.SUPERIOR_SKP_NOT_APPROVED');
      spec.given([drafted, submitted]).when({ ...approve, superior: null }).thenViolates('PERFORMANCE.SUPERIOR_SKP_NOT_APPROVED', 'PERFORMANCE.INTERVENSI_UNKNOWN');
    });

    it('needs no superior SKP when the kepala daerah appraises (a JPT)', () => {
      const jpt = { ...drafted, data: { ...drafted.data, jenisJabatan: 'JPT_PRATAMA', rhk: withRhk({ intervensi: [] }).rhk, pejabatPenilai: waliKota } };
      const events = spec.given([jpt, submitted]).when({ ...approve, by: 'bkd-medan', derived: { pejabatPenilai: waliKota, atasanPejabatPenilai: unresolved }, superior: null }).events();
      expect(events.at(-1)).toEqual({ type: 'performance.SkpApproved', data: { skpId: 'emp-ani.2026', approvedBy: 'bkd-medan', superiorSkpId: null, approvedAt: AT } });
    });

    it('refuses approving a draft or an approved SKP', () => {
      spec.given([drafted]).when(approve).thenViolates('PERFORMANCE.SKP_NOT_SUBMITTED');
      spec.given([drafted, submitted, { type: 'performance.SkpApproved', data: { skpId: 'emp-ani.2026', approvedBy: 'emp-kabid', superiorSkpId: 'emp-kabid.2026', approvedAt: AT } }]).when(approve).thenViolates('PERFORMANCE.SKP_ALREADY_APPROVED');
    });

    it('returns a submitted SKP with notes, never without', () => {
      spec.given([drafted, submitted]).when({ type: 'ReturnSkp', by: 'emp-kabid', notes: 'Target kuantitas terlalu rendah', at: AT }).then([
        { type: 'performance.SkpReturned', data: { skpId: 'emp-ani.2026', returnedBy: 'emp-kabid', notes: 'Target kuantitas terlalu rendah', returnedAt: AT } },
      ]);
      spec.given([drafted, submitted]).when({ type: 'ReturnSkp', by: 'emp-kabid', notes: ' ', at: AT }).thenViolates('PERFORMANCE.NOTES_REQUIRED');
      spec.given([drafted]).when({ type: 'ReturnSkp', by: 'emp-kabid', notes: 'x', at: AT }).thenViolates('PERFORMANCE.SKP_NOT_SUBMITTED');
    });

    it('refuses commands on an SKP that was never drafted', () => {
      spec.given([]).when(submit).thenViolates('PERFORMANCE.SKP_UNKNOWN');
    });
  });

  describe('ADMIN_BKD override of the pejabat penilai', () => {
    const other = { ...kabid, employeeId: 'emp-sekdis', name: 'Sekretaris Dinas', positionId: 'kota-medan.diskominfo.sekdis', source: 'OVERRIDE' as const };
    const overridden: SkpEvent = { type: 'performance.SkpAppraiserOverridden', data: { skpId: 'emp-ani.2026', pejabatPenilai: other, reason: 'Kabid kosong, ditunjuk Sekdis', overriddenBy: 'bkd-medan', overriddenAt: AT } };

    it('names another appraiser with a reason, and a later derivation does not replace it', () => {
      spec.given([drafted]).when({ type: 'OverrideAppraiser', pejabatPenilai: other, reason: 'Kabid kosong, ditunjuk Sekdis', by: 'bkd-medan', at: AT }).then([overridden]);
      // The vacant derived post no longer blocks: the override counts, and no SkpAppraiserDerived is written.
      const unlinked = { ...drafted, data: { ...drafted.data, rhk: [{ ...drafted.data.rhk[0], intervensi: [{ skpId: 'emp-sekdis.2026', rhkId: 's1' }] }] } };
      spec.given([unlinked, overridden]).when({ ...submit, derived: { pejabatPenilai: vacantKabid, atasanPejabatPenilai: kadis }, superior: { skpId: 'emp-sekdis.2026', rhkIds: ['s1'], approved: false } }).then([submitted]);
    });

    it('refuses an override without a reason, to the appraisee, or after approval', () => {
      spec.given([drafted]).when({ type: 'OverrideAppraiser', pejabatPenilai: { ...other, employeeId: 'emp-ani' }, reason: '', by: 'bkd-medan', at: AT }).thenViolates('PERFORMANCE.REASON_REQUIRED', 'PERFORMANCE.SELF_APPRAISAL');
      const approved: SkpEvent = { type: 'performance.SkpApproved', data: { skpId: 'emp-ani.2026', approvedBy: 'emp-kabid', superiorSkpId: 'emp-kabid.2026', approvedAt: AT } };
      spec.given([drafted, submitted, approved]).when({ type: 'OverrideAppraiser', pejabatPenilai: other, reason: 'x', by: 'bkd-medan', at: AT }).thenViolates('PERFORMANCE.SKP_ALREADY_APPROVED');
    });
  });
});

describe('the JPT cascade root: RHK utama link to the targets of the unit’s plan', () => {
  const jpt = { ...drafted, data: { ...drafted.data, jenisJabatan: 'JPT_PRATAMA', pejabatPenilai: waliKota, rhk: drafted.data.rhk.map((r) => ({ ...r, intervensi: [] })) } };
  const asJpt = { ...submit, derived: { pejabatPenilai: waliKota, atasanPejabatPenilai: unresolved }, superior: null };
  const plan = { approved: true, targetIds: ['iku-1', 'iku-2'] };

  it('refuses a JPT submission with an RHK utama outside the approved plan; accepts it once linked', () => {
    spec.given([jpt]).when({ ...asJpt, unitPlan: plan }).thenViolates('PERFORMANCE.CASCADE_LINK_REQUIRED');
    const linked = { ...jpt, data: { ...jpt.data, rhk: jpt.data.rhk.map((r) => (r.kategori === 'UTAMA' ? { ...r, unitTargetIds: ['iku-1'] } : r)) } };
    expect(spec.given([linked]).when({ ...asJpt, unitPlan: plan }).events().map((e) => e.type)).toEqual(['performance.SkpAppraiserDerived', 'performance.SkpSubmitted']);
    // Without an approved plan the link is not yet required (cascadeIssues reports it).
    spec.given([jpt]).when({ ...asJpt, unitPlan: { ...plan, approved: false } }).events();
  });

  it('refuses links to targets the plan does not have, and links by anyone but a JPT', () => {
    const content = { ...drafted.data, rhk: drafted.data.rhk.map((r) => ({ ...r, intervensi: [], unitTargetIds: ['iku-9'] })) };
    spec.given([]).when({ ...draftCommand, jenisJabatan: 'JPT_PRATAMA', derived: { pejabatPenilai: waliKota, atasanPejabatPenilai: unresolved }, superior: null, unitPlan: plan, content: { rhk: content.rhk, perilaku: content.perilaku, lampiran: content.lampiran } }).thenViolates('PERFORMANCE.UNIT_TARGET_UNKNOWN');
    spec.given([]).when({ ...draftCommand, content: withRhk({ unitTargetIds: ['iku-1'] }), unitPlan: plan }).thenViolates('PERFORMANCE.UNIT_TARGETS_JPT_ONLY');
  });
});
