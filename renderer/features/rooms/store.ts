import { create } from 'zustand';
import type { AppErrorShape } from '../../../shared/errors.ts';
import type { Room } from '../../../shared/rooms.ts';
import { invoke } from '../../api.ts';

interface RoomsState {
  rooms: Room[] | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
}

export const useRoomsStore = create<RoomsState>((set) => ({
  rooms: null,
  error: null,
  async load() {
    const r = await invoke('rooms.list', {});
    set(r.ok ? { rooms: r.value, error: null } : { error: r.error });
  },
}));
