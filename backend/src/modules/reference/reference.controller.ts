import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

import { Competence, Municipality, Postcode } from '@mentor/contracts';

import { Public } from '../../core/auth/roles.decorator';
import { CompetenceEntity } from './entities/competence.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { PostcodeQuery } from '../suppliers/suppliers.dto';
import { findPostcode, postcodeIndex } from './utils/postcodes.util';

class MunicipalityDto implements Municipality {
  @ApiProperty({ example: '0167' }) code: string;
  @ApiProperty({ example: 'Hvidovre' }) name: string;
  @ApiProperty({ example: 'Region Hovedstaden' }) region: string;
}

class PostcodeDto implements Postcode {
  @ApiProperty({ example: '2650' }) postcode: string;
  @ApiProperty({ example: 'Hvidovre' }) name: string;
  @ApiProperty({ example: 55.63 }) lat: number;
  @ApiProperty({ example: 12.47 }) lon: number;
}

class CompetenceDto implements Competence {
  @ApiProperty({ example: 'youth_crime' }) code: string;
  @ApiProperty({ example: 'Ungdomskriminalitet' }) labelDa: string;
  @ApiProperty({ example: 'Youth crime' }) labelEn: string;
  @ApiProperty() descriptionDa: string;
  @ApiProperty() descriptionEn: string;
}

/** Public reference data: supplier registration needs it before anyone logs in. */
@ApiTags('reference')
@Controller()
export class ReferenceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('municipalities')
  @Public()
  @ApiOperation({ summary: 'All 98 Danish municipalities, by name' })
  @ApiOkResponse({ type: [MunicipalityDto] })
  async municipalities(): Promise<Municipality[]> {
    const rows = await this.dataSource.getRepository(MunicipalityEntity).find({ order: { name: 'ASC' } });
    return rows.map(({ code, name, region }) => ({ code, name, region }));
  }

  @Get('competences')
  @Public()
  @ApiOperation({ summary: 'The competence taxonomy with Danish and English labels' })
  @ApiOkResponse({ type: [CompetenceDto] })
  async competences(): Promise<Competence[]> {
    const rows = await this.dataSource.getRepository(CompetenceEntity).find({ order: { sortOrder: 'ASC' } });
    return rows.map(({ code, labelDa, labelEn, descriptionDa, descriptionEn }) => ({ code, labelDa, labelEn, descriptionDa, descriptionEn }));
  }

  @Get('postcodes')
  @Public()
  @ApiOperation({ summary: 'Postcodes whose number starts with, or whose town name contains, q (at most 20)' })
  @ApiOkResponse({ type: [PostcodeDto] })
  postcodes(@Query() query: PostcodeQuery): Postcode[] {
    const q = (query.q ?? '').trim().toLowerCase();
    const all = [...postcodeIndex().values()].filter((p) => !p.largeRecipient);
    const hits = q ? all.filter((p) => p.postcode.startsWith(q) || p.name.toLowerCase().includes(q)) : all;
    return hits.slice(0, 20).map(({ postcode, name, lat, lon }) => ({ postcode, name, lat, lon }));
  }

  @Get('postcodes/:postcode')
  @Public()
  @ApiOperation({ summary: 'One postcode with its town and the centroid of its area' })
  @ApiOkResponse({ type: PostcodeDto })
  postcode(@Param('postcode') postcode: string): Postcode {
    const found = findPostcode(postcode);
    if (!found) throw new NotFoundException(`Postcode ${postcode} does not exist in Denmark.`);
    const { name, lat, lon } = found;
    return { postcode, name, lat, lon };
  }
}
