import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PrintSheetField as PrintSheetField_71c2c2b8a356b73541aa19ae938b3810 } from '@stodportalen/support-services/client'
import { CaseActionsField as CaseActionsField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { DuplicatesField as DuplicatesField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { ContactLogField as ContactLogField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { ConsentField as ConsentField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { ReassessmentField as ReassessmentField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { WorkField as WorkField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { TimelineField as TimelineField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { AnswersField as AnswersField_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { IntakeNavLinks as IntakeNavLinks_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { IntakeQueueView as IntakeQueueView_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { FollowUpReportView as FollowUpReportView_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { AccessLogView as AccessLogView_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { CaseloadImportView as CaseloadImportView_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { FidelityView as FidelityView_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { IntakeWorkWidget as IntakeWorkWidget_6f48248b2d57166f43721f601ecfa643 } from '@stodportalen/support-services/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@stodportalen/support-services/client#PrintSheetField": PrintSheetField_71c2c2b8a356b73541aa19ae938b3810,
  "@stodportalen/support-services/rsc#CaseActionsField": CaseActionsField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#DuplicatesField": DuplicatesField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#ContactLogField": ContactLogField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#ConsentField": ConsentField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#ReassessmentField": ReassessmentField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#WorkField": WorkField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#TimelineField": TimelineField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#AnswersField": AnswersField_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#IntakeNavLinks": IntakeNavLinks_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#IntakeQueueView": IntakeQueueView_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#FollowUpReportView": FollowUpReportView_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#AccessLogView": AccessLogView_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#CaseloadImportView": CaseloadImportView_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#FidelityView": FidelityView_6f48248b2d57166f43721f601ecfa643,
  "@stodportalen/support-services/rsc#IntakeWorkWidget": IntakeWorkWidget_6f48248b2d57166f43721f601ecfa643,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
