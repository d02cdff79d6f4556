import { registerEnumType } from '@nestjs/graphql';
import { CarryBasis } from '../record/leave-ledger';
import { CountingUnit, EvidenceKind, LeaveKind, LeaveStatus, LeaveSubKind, LeaveVerdict } from '../policy/leave.vocabulary';

registerEnumType(LeaveKind, { name: 'LeaveKind', description: 'Jenis cuti (PP 11/2017 jo. PP 17/2020; Peraturan BKN 24/2017 jo. 7/2021; PPPK: Peraturan BKN 7/2022).' });
registerEnumType(LeaveSubKind, { name: 'LeaveSubKind', description: "What a request is for, where its kind's rules depend on it (sick leave cause, the important reason, first hajj, CLTN extension)." });
registerEnumType(LeaveVerdict, { name: 'LeaveVerdict', description: 'Pertimbangan atasan langsung / keputusan pejabat yang berwenang: disetujui, perubahan, ditangguhkan, tidak disetujui.' });
registerEnumType(LeaveStatus, { name: 'LeaveStatus', description: 'Where a leave request stands.' });
registerEnumType(EvidenceKind, { name: 'LeaveEvidenceKind', description: 'Kind of supporting document (an uploaded attachment).' });
registerEnumType(CountingUnit, { name: 'LeaveCountingUnit', description: 'How a kind of leave is counted: working days (cuti tahunan) or calendar days.' });
registerEnumType(CarryBasis, { name: 'LeaveCarryBasis', description: 'Why a year holds more than its own cuti tahunan: one year carried (≤ 18), two unused years or a postponement (≤ 24).' });
